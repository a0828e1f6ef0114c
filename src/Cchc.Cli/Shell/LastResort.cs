namespace Cchc.Cli.Shell;

/// <summary>
/// What the tool does with an exception nothing else handled (a bug): a short message in both languages on
/// standard error, naming the exception's type but printing no stack trace, and exit code 3. It catches the
/// exceptions of a command's invocation (<see cref="CchcApp.Run"/>) and, through
/// <see cref="AppDomain.UnhandledException"/>, those of any other thread (<see cref="Install"/>).
/// </summary>
internal static class LastResort
{
    /// <summary>Installs the handler of unhandled exceptions for the process (Program.cs).</summary>
    public static void Install(TextWriter stderr)
    {
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            Report(stderr, e.ExceptionObject as Exception);
            Environment.Exit(ExitCodes.InternalError);
        };
    }

    /// <summary>Writes the message and returns exit code 3.</summary>
    public static int Report(TextWriter stderr, Exception? exception)
    {
        try
        {
            var type = exception?.GetType().Name ?? "unknown";
            stderr.WriteLine($"cchc: internal error ({type}); this is a bug in cchc, please report it with the command and its input.");
            stderr.WriteLine($"cchc: lỗi nội bộ ({type}); đây là lỗi của cchc, vui lòng báo lỗi kèm lệnh và dữ liệu đầu vào.");
            stderr.Flush();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // Standard error is gone: the exit code says it.
        }

        return ExitCodes.InternalError;
    }
}
