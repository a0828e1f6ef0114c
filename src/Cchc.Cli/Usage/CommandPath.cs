using System.CommandLine;

namespace Cchc.Cli.Usage;

/// <summary>A command as users type it: <c>cchc</c> for the root, <c>cchc workdays add</c> for a subcommand.</summary>
internal static class CommandPath
{
    /// <summary>The command's path from the root, which is always called <c>cchc</c> (whatever the executable's name).</summary>
    public static string Of(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault() is { } parent ? $"{Of(parent)} {command.Name}" : "cchc";
}
