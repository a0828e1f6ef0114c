using System.Globalization;

namespace Cchc.Cli.Shell;

/// <summary>
/// CSV for spreadsheets (RFC 4180, CRLF): a UTF-8 byte-order mark first, so that Excel reads Vietnamese as
/// UTF-8; cells with a comma, quote or line break quoted; and a text cell that starts with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, which a spreadsheet would run as a formula,
/// prefixed with <c>'</c>. Numbers ("-3.14") are left as they are.
/// </summary>
internal static class Csv
{
    /// <summary>Starts a CSV output: the byte-order mark, then the header row.</summary>
    public static void Header(TextWriter output, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write('\uFEFF');
        Row(output, names);
    }

    public static void Row(TextWriter output, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(',', cells.Select(Cell)) + "\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal)
            && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
