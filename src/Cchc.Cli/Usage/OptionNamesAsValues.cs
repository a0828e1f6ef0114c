using System.CommandLine;
using System.CommandLine.Parsing;

namespace Cchc.Cli.Usage;

/// <summary>
/// Options given another option's name as their value: <c>--kind --lenient</c>. System.CommandLine 2.0
/// takes the word after an option as its value even when it names an option, and lets it through
/// <c>AcceptOnlyFromAmong</c>; the option that was meant would then be silently lost. The tool
/// reports such an option as missing its value instead.
/// </summary>
internal static class OptionNamesAsValues
{
    /// <summary>The options of the command line whose value is the name or alias of an option in scope.</summary>
    public static IEnumerable<Option> In(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var names = NamesInScope(result.CommandResult.Command);
        return OptionResults(result.RootCommandResult)
            .Where(option => option.Tokens.Any(token => names.Contains(token.Value)))
            .Select(option => option.Option);
    }

    private static HashSet<string> NamesInScope(Command command) =>
        [.. command.Parents.OfType<Command>().Prepend(command)
            .SelectMany(c => c.Options)
            .SelectMany(option => option.Aliases.Prepend(option.Name))];

    private static IEnumerable<OptionResult> OptionResults(CommandResult command) =>
        command.Children.SelectMany(child => child switch
        {
            OptionResult option => [option],
            CommandResult subcommand => OptionResults(subcommand),
            _ => [],
        });
}
