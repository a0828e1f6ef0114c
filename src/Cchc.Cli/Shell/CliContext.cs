namespace Cchc.Cli.Shell;

/// <summary>What every command runs with: the standard streams and the output language.</summary>
/// <param name="Stdin">Standard input as raw bytes, for the file name <c>-</c>.</param>
/// <param name="Stdout">Standard output: reports.</param>
/// <param name="Stderr">Standard error: usage and I/O errors (escaped, see <see cref="TerminalText"/>).</param>
/// <param name="Language">The output language.</param>
internal sealed record CliContext(Stream Stdin, TextWriter Stdout, TextWriter Stderr, Language Language)
{
    /// <summary>The clock for time stamps in outputs (iCalendar DTSTAMP); tests may set a fixed one.</summary>
    public NodaTime.IClock Clock { get; init; } = NodaTime.SystemClock.Instance;

    /// <summary>
    /// Standard output for the human formats (text, Markdown): control characters and line breaks taken from
    /// documents are shown escaped (<see cref="TerminalText"/>). JSON, SARIF, CSV and iCalendar are written to
    /// <see cref="Stdout"/>, since they encode such characters themselves.
    /// </summary>
    public TextWriter Text => _text ??= TerminalText.Writer(Stdout);

    private TextWriter? _text;

    /// <summary>Writes a usage or I/O error to standard error and returns exit code 2.</summary>
    public int Fail(string english, string vietnamese)
    {
        Stderr.WriteLine("cchc: " + Language.T(english, vietnamese));
        return ExitCodes.UsageOrIoError;
    }
}
