using System.CommandLine;
using System.Globalization;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Usage;

/// <summary>
/// The help of a command (<c>cchc … --help</c>) in the run's language: description, usage, arguments,
/// options (with those inherited from parent commands) and subcommands. System.CommandLine 2.0.0 keeps
/// its help builder internal and its headings in English, so the tool writes its own.
/// </summary>
internal static class HelpText
{
    /// <summary>Writes the help of <paramref name="command"/>.</summary>
    public static void Write(Command command, Language t, TextWriter output)
    {
        if (!string.IsNullOrEmpty(command.Description))
        {
            Section(output, t.T("Description:", "Mô tả:"), [command.Description]);
        }

        Section(output, t.T("Usage:", "Cách dùng:"), [Usage(command, t)]);
        Table(output, t.T("Arguments:", "Đối số:"), Visible(command.Arguments).Select(a => (SymbolLabels.Argument(a), a.Description)));
        Table(output, t.T("Options:", "Tùy chọn:"), Options(command).Select(o => (SymbolLabels.Option(o), WithDefault(o, t))));
        Table(output, t.T("Commands:", "Lệnh:"), Visible(command.Subcommands).Select(c => (CommandLabel(c), c.Description)));
    }

    /// <summary><c>cchc validate &lt;files&gt;... [options]</c>, <c>cchc workdays [command] [options]</c>.</summary>
    private static string Usage(Command command, Language t)
    {
        var parts = new List<string> { CommandPath.Of(command) };
        parts.AddRange(Visible(command.Arguments).Select(ArgumentUsage));
        if (Visible(command.Subcommands).Any())
        {
            parts.Add(t.T("[command]", "[lệnh]"));
        }

        if (Options(command).Any())
        {
            parts.Add(t.T("[options]", "[tùy chọn]"));
        }

        return string.Join(' ', parts);
    }

    private static string ArgumentUsage(Argument argument)
    {
        var label = SymbolLabels.Argument(argument) + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty);
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label;
    }

    private static string CommandLabel(Command command) =>
        string.Join(' ', Visible(command.Arguments).Select(SymbolLabels.Argument).Prepend(SymbolLabels.Names(command.Name, command.Aliases)));

    /// <summary>The command's own options, then the recursive ones of its parents (<c>--help</c>, <c>--lang</c>).</summary>
    private static IEnumerable<Option> Options(Command command) =>
        Visible(command.Options.Concat(Ancestors(command).SelectMany(a => a.Options.Where(o => o.Recursive)))).Distinct();

    private static IEnumerable<Command> Ancestors(Command command) =>
        command.Parents.OfType<Command>().SelectMany(parent => Ancestors(parent).Prepend(parent));

    private static string? WithDefault(Option option, Language t) =>
        SymbolLabels.TakesValue(option) && option.HasDefaultValue && Convert.ToString(option.GetDefaultValue(), CultureInfo.InvariantCulture) is { Length: > 0 } value
            ? $"{option.Description} [{t.T("default", "mặc định")}: {value}]"
            : option.Description;

    private static IEnumerable<T> Visible<T>(IEnumerable<T> symbols)
        where T : Symbol => symbols.Where(s => !s.Hidden);

    /// <summary>Two columns, the first as wide as its widest entry; nothing when there are no rows.</summary>
    private static void Table(TextWriter output, string heading, IEnumerable<(string Label, string? Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var width = list.Max(r => r.Label.Length);
        Section(output, heading, list.Select(r => $"{r.Label.PadRight(width)}  {r.Description}".TrimEnd()));
    }

    private static void Section(TextWriter output, string heading, IEnumerable<string> lines)
    {
        output.WriteLine(heading);
        foreach (var line in lines)
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine();
    }
}
