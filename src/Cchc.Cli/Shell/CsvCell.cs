namespace Cchc.Cli.Shell;

/// <summary>A CSV cell: text (from a string, neutralised when it looks like a formula) or a number written as it is.</summary>
/// <param name="Value">The cell's text.</param>
/// <param name="IsNumber">Whether the tool wrote the value as a number (never text from a document).</param>
internal readonly record struct CsvCell(string Value, bool IsNumber)
{
    public static implicit operator CsvCell(string value) => new(value, IsNumber: false);

    /// <summary>A number the tool formatted ("-3.14"), written without a prefix.</summary>
    public static CsvCell Number(string formatted) => new(formatted, IsNumber: true);
}
