namespace Cchc.Cli.Shell;

/// <summary>
/// Standard output that cannot be written (a full disk, a closed descriptor): every input is read by
/// <see cref="Documents.InputDocument"/>, which turns its own I/O errors into messages, so an I/O error
/// that reaches the entry point comes from writing the output. It is reported as an I/O error, exit 2.
/// </summary>
internal static class OutputFailure
{
    public static bool IsOutputError(Exception exception) => exception is IOException or UnauthorizedAccessException;

    /// <summary>Says on standard error that the output could not be written, and returns exit code 2.</summary>
    public static int Report(TextWriter stderr, Language language, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(exception);
        try
        {
            stderr.WriteLine("cchc: " + language.T(
                $"cannot write the output ({exception.Message}); check that the disk has room and that standard output is open.",
                $"không ghi được kết quả ({exception.Message}); hãy kiểm tra ổ đĩa còn chỗ trống và đầu ra chuẩn còn mở."));
            stderr.Flush();
        }
        catch (Exception ex) when (IsOutputError(ex))
        {
            // Standard error is gone too: the exit code is all that is left to say it.
        }

        return ExitCodes.UsageOrIoError;
    }
}
