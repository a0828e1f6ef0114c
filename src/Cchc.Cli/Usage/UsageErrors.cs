using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Usage;

/// <summary>
/// The parse errors of a command line as messages in the run's language, each once. An error is told
/// by what the parse result says of it (which symbol, how many tokens against its arity, the allowed
/// values, the unmatched tokens), never by System.CommandLine's English text.
/// </summary>
internal static class UsageErrors
{
    /// <summary>
    /// One message a problem: the arguments missing from a command are one message, however many. An
    /// option given another option's name as its value (<see cref="OptionNamesAsValues"/>) is a problem
    /// too, although System.CommandLine reports none.
    /// </summary>
    public static IReadOnlyList<string> Describe(ParseResult result, IReadOnlyList<string> args, Language t)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(args);
        return [.. OptionNamesAsValues.In(result).Select(option => MissingValue(option, t))
            .Concat(result.Errors.SelectMany(error => Describe(error, result, args, t)))
            .Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Describe(ParseError error, ParseResult result, IReadOnlyList<string> args, Language t) => error.SymbolResult switch
    {
        ArgumentResult { Parent: OptionResult option } => [Option(option, t)],
        ArgumentResult { Parent: CommandResult command } argument when argument.Tokens.Count < argument.Argument.Arity.MinimumNumberOfValues => [MissingArguments(command, t)],
        ArgumentResult argument => [InvalidValue(argument.Argument, $"<{argument.Argument.Name}>", argument.Argument.ValueType, argument.Tokens, t)],
        OptionResult option => [Option(option, t)],

        // Other errors on a command (a required option, a command validator) are not raised by any
        // command of the tool today; should one be, it is shown as System.CommandLine words it.
        CommandResult command => Command(command, result, t).DefaultIfEmpty(error.Message),

        // System.CommandLine reports the response files (@file) it cannot read without a symbol, and
        // leaves them out of the parse result: they are found again in the command line.
        _ => MissingResponseFiles(args)
            .Select(file => t.T($"Response file not found '{file}'.", $"Không tìm thấy tệp đối số (response file) '{file}'."))
            .DefaultIfEmpty(t.T(error.Message, "Không đọc được tệp đối số (response file) ghi sau '@'.")),
    };

    private static IEnumerable<string> MissingResponseFiles(IReadOnlyList<string> args) =>
        args.Where(arg => arg.Length > 1 && arg[0] == '@' && !File.Exists(arg[1..])).Select(arg => arg[1..]);

    private static string MissingArguments(CommandResult command, Language t)
    {
        var missing = string.Join(' ', command.Command.Arguments
            .Where(a => !a.HasDefaultValue && (command.GetResult(a)?.Tokens.Count ?? 0) < a.Arity.MinimumNumberOfValues)
            .Select(SymbolLabels.Argument));
        var path = CommandPath.Of(command.Command);
        return t.T($"Required argument missing for command '{path}': {missing}.", $"Thiếu đối số bắt buộc của lệnh '{path}': {missing}.");
    }

    private static string Option(OptionResult result, Language t)
    {
        var option = result.Option;
        var given = result.Tokens.Count;
        if (given == 0)
        {
            return MissingValue(option, t);
        }

        var most = option.Arity.MaximumNumberOfValues;
        return given > most
            ? t.T($"Option '{option.Name}' was given {Count(given)} values; it takes at most {Count(most)}.", $"Tùy chọn '{option.Name}' được cho {Count(given)} giá trị; nó chỉ nhận tối đa {Count(most)}.")
            : InvalidValue(option, option.Name, option.ValueType, result.Tokens, t);
    }

    private static string MissingValue(Option option, Language t)
    {
        var allowed = AllowedSuffix(option, t);
        return t.T($"Option '{option.Name}' needs a value{allowed}.", $"Tùy chọn '{option.Name}' cần một giá trị{allowed}.");
    }

    /// <summary>A value the symbol does not accept: not among its allowed values, or not of its type.</summary>
    private static string InvalidValue(Symbol symbol, string name, Type valueType, IReadOnlyList<Token> tokens, Language t)
    {
        var allowed = SymbolLabels.AllowedValues(symbol);
        var value = tokens.Select(token => token.Value).FirstOrDefault(v => !allowed.Contains(v, StringComparer.Ordinal));
        var expected = allowed.Count > 0 ? AllowedSuffix(symbol, t)
            : valueType == typeof(int) ? t.T(" (a whole number)", " (một số nguyên)")
            : string.Empty;
        return t.T($"'{value}' is not a valid value for {name}{expected}.", $"'{value}' không phải giá trị hợp lệ của {name}{expected}.");
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string AllowedSuffix(Symbol symbol, Language t) =>
        SymbolLabels.AllowedValues(symbol) is [_, ..] values ? $" ({t.T("one of", "một trong")}: {string.Join(", ", values)})" : string.Empty;

    /// <summary>
    /// The errors System.CommandLine puts on a command: words it could not place, or else a missing
    /// subcommand (after an unknown one, saying that it is unknown is enough).
    /// </summary>
    private static IEnumerable<string> Command(CommandResult command, ParseResult result, Language t)
    {
        if (result.UnmatchedTokens.Count > 0)
        {
            return result.UnmatchedTokens.Select(token => Unmatched(token, result.CommandResult.Command, t));
        }

        if (ReferenceEquals(command, result.CommandResult) && command.Command.Action is null && command.Command.Subcommands.Count > 0)
        {
            var path = CommandPath.Of(command.Command);
            var names = string.Join(", ", command.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            return [t.T($"'{path}' needs a command: {names}.", $"Lệnh '{path}' cần một lệnh con: {names}.")];
        }

        return [];
    }

    /// <summary>A word no option, argument or subcommand of the command takes: an unknown option, an unknown command, or one argument too many.</summary>
    private static string Unmatched(string token, Command command, Language t)
    {
        var path = CommandPath.Of(command);
        if (token.Length > 1 && token[0] == '-')
        {
            return t.T($"'{token}' is not an option of '{path}'.", $"'{token}' không phải tùy chọn của lệnh '{path}'.");
        }

        return command.Subcommands.Count > 0
            ? t.T($"'{token}' is not a command of '{path}'.", $"'{token}' không phải lệnh của '{path}'.")
            : t.T($"Unexpected argument '{token}': '{path}' takes no more arguments.", $"Thừa đối số '{token}': lệnh '{path}' không nhận thêm đối số.");
    }
}
