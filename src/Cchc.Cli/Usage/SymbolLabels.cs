using System.CommandLine;
using System.CommandLine.Completions;

namespace Cchc.Cli.Usage;

/// <summary>How help and usage errors show options and arguments: <c>--format &lt;json|sarif|text&gt;</c>, <c>&lt;files&gt;</c>.</summary>
internal static class SymbolLabels
{
    /// <summary>The values a symbol accepts when it accepts only some (<c>AcceptOnlyFromAmong</c>), sorted; otherwise none.</summary>
    public static IReadOnlyList<string> AllowedValues(Symbol symbol) =>
        [.. symbol.GetCompletions(CompletionContext.Empty).Select(c => c.Label)];

    /// <summary><c>&lt;files&gt;</c>, or the allowed values: <c>&lt;assessment|framework|plan&gt;</c>.</summary>
    public static string Argument(Argument argument) => Value(argument, argument.HelpName ?? argument.Name);

    /// <summary>The names of an option, shortest first, and the value it takes: <c>-?, -h, --help</c>, <c>--lang &lt;en|vi&gt;</c>.</summary>
    public static string Option(Option option)
    {
        var names = Names(option.Name, option.Aliases);
        return TakesValue(option) ? $"{names} {Value(option, option.HelpName ?? option.Name.TrimStart('-'))}" : names;
    }

    /// <summary>Whether the option is followed by a value; a flag such as <c>--lenient</c> is not.</summary>
    public static bool TakesValue(Option option) => option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);

    /// <summary>The name and aliases of a command or option, shortest first, without the Windows-style <c>/h</c>, <c>/?</c>.</summary>
    public static string Names(string name, IEnumerable<string> aliases) =>
        string.Join(", ", aliases.Prepend(name)
            .Where(n => !n.StartsWith('/'))
            .OrderBy(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal));

    private static string Value(Symbol symbol, string name) =>
        AllowedValues(symbol) is [_, ..] values ? $"<{string.Join('|', values)}>" : $"<{name}>";
}
