using System.Text;
using Cchc.Cli;
using Cchc.Cli.Commands;
using Cchc.Cli.Shell;

Console.OutputEncoding = Encoding.UTF8;
LastResort.Install(Console.Error);

// Buffered: a report of a million diagnostics is not a million writes to the terminal. CchcApp.Run flushes
// both before it returns, inside its handling of output errors (so the writers are not disposed here: a
// flush that fails, on a closed output, is reported there rather than thrown at exit).
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
var stderr = new StreamWriter(Console.OpenStandardError(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
return CchcApp.Run(args, Console.OpenStandardInput(), stdout, stderr, extraCommands: CrashTestCommand.FromEnvironment());
