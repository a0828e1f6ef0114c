using System.CommandLine;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Commands;

/// <summary>
/// A hidden test hook: with the environment variable <c>CCHC_TEST_CRASH</c> set to <c>command</c> or
/// <c>thread</c>, the tool has a hidden command <c>__crash</c> that throws in its action or on another thread,
/// so that a test can check the last-resort handling (<see cref="LastResort"/>: exit code 3, no stack trace)
/// through a real process. Without the variable the command does not exist.
/// </summary>
internal sealed class CrashTestCommand(bool onAnotherThread) : ICliCommand
{
    public const string Variable = "CCHC_TEST_CRASH";

    public static IReadOnlyList<ICliCommand> FromEnvironment() => Environment.GetEnvironmentVariable(Variable) switch
    {
        "command" => [new CrashTestCommand(onAnotherThread: false)],
        "thread" => [new CrashTestCommand(onAnotherThread: true)],
        _ => [],
    };

    public Command Build(CliContext context, Option<string> languageOption)
    {
        var command = new Command("__crash") { Hidden = true };
        command.SetAction(_ =>
        {
            if (!onAnotherThread)
            {
                throw new InvalidOperationException("A crash asked for by " + Variable + ".");
            }

            var thread = new Thread(() => throw new InvalidOperationException("A crash on another thread asked for by " + Variable + "."));
            thread.Start();
            thread.Join();
            return ExitCodes.Success;
        });
        return command;
    }
}
