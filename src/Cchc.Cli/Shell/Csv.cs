namespace Cchc.Cli.Shell;

/// <summary>
/// CSV for spreadsheets (RFC 4180, CRLF): a UTF-8 byte-order mark first, so that Excel reads Vietnamese as
/// UTF-8; cells with a comma, quote or line break quoted; and a text cell that a spreadsheet would take as a
/// formula prefixed with <c>'</c>: one whose first character after any white space (spaces, no-break spaces,
/// tabs, line breaks) or other control characters is <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>, or that starts
/// with a tab or a carriage return. Text that looks like a number ("-1" as a unit name) is text and is
/// prefixed too; only the cells written as numbers (<see cref="CsvCell.Number"/>) are left as they are.
/// </summary>
internal static class Csv
{
    /// <summary>Starts a CSV output: the byte-order mark, then the header row.</summary>
    public static void Header(TextWriter output, IEnumerable<CsvCell> names)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write('\uFEFF');
        Row(output, names);
    }

    public static void Row(TextWriter output, IEnumerable<CsvCell> cells)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(',', cells.Select(Cell)) + "\r\n");
    }

    /// <summary>Whether a spreadsheet would read <paramref name="text"/> as a formula.</summary>
    internal static bool LooksLikeFormula(string text)
    {
        if (text.Length > 0 && text[0] is '\t' or '\r')
        {
            return true;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                continue;
            }

            return c is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
        }

        return false;
    }

    private static string Cell(CsvCell cell)
    {
        var value = cell.Value ?? string.Empty;
        if (!cell.IsNumber && LooksLikeFormula(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
