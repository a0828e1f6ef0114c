using System.Text;
using Cchc.Cli;
using Cchc.Cli.Commands;
using Cchc.Cli.Shell;

Console.OutputEncoding = Encoding.UTF8;
LastResort.Install(Console.Error);
return CchcApp.Run(args, Console.OpenStandardInput(), Console.Out, Console.Error, extraCommands: CrashTestCommand.FromEnvironment());
