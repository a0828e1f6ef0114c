using System.Globalization;

namespace Cchc.Cli.Shell;

/// <summary>
/// Reads a file or a stream whole, but never more than a given number of bytes, so that <c>/dev/zero</c>, an
/// endless pipe or a huge file is an error rather than memory that grows without bound; and every way it can
/// fail (missing, a directory, permission denied, too large, an I/O error) is a result with a message in both
/// languages, never an exception.
/// </summary>
internal static class BoundedFile
{
    /// <summary>The outcome: the bytes, or the problem and its message.</summary>
    internal readonly record struct Result(byte[]? Bytes, FileProblem Problem, string MessageEn, string MessageVi);

    public static Result ReadAllBytes(string path, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var shown = TerminalText.Shown(path);
        try
        {
            if (Directory.Exists(path))
            {
                return Failed(FileProblem.Directory, $"'{shown}' is a directory, not a file.", $"'{shown}' là một thư mục, không phải tệp.");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                return TooLarge(shown, maxBytes);
            }

            return Read(stream, maxBytes, shown);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Failed(FileProblem.NotFound, $"'{shown}' does not exist.", $"'{shown}' không tồn tại.");
        }
        catch (UnauthorizedAccessException)
        {
            return Directory.Exists(path)
                ? Failed(FileProblem.Directory, $"'{shown}' is a directory, not a file.", $"'{shown}' là một thư mục, không phải tệp.")
                : Failed(FileProblem.PermissionDenied, $"'{shown}' cannot be opened: permission denied; check its permissions.",
                    $"không mở được '{shown}': không có quyền; hãy kiểm tra quyền truy cập tệp.");
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            return Failed(FileProblem.Unreadable, $"'{shown}' cannot be read: {ex.Message}", $"không đọc được '{shown}': {ex.Message}");
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end, or fails once it has given more than <paramref name="maxBytes"/>.</summary>
    public static Result ReadStream(Stream stream, int maxBytes, string shownName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return Read(stream, maxBytes, shownName);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return Failed(FileProblem.Unreadable, $"cannot read {shownName}: {ex.Message}", $"không đọc được {shownName}: {ex.Message}");
        }
    }

    private static Result Read(Stream stream, int maxBytes, string shown)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, (long)maxBytes + 1 - buffer.Length);
            var read = stream.Read(chunk, 0, wanted);
            if (read == 0)
            {
                return new Result(buffer.ToArray(), FileProblem.None, string.Empty, string.Empty);
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return TooLarge(shown, maxBytes);
            }
        }
    }

    private static Result TooLarge(string shown, int maxBytes)
    {
        var size = Size(maxBytes);
        return Failed(FileProblem.TooLarge, $"'{shown}' is larger than {size}, the most the tool reads; split it or check that it is the file meant.",
            $"'{shown}' lớn hơn {size}, mức tối đa công cụ đọc; hãy tách nhỏ hoặc kiểm tra lại tệp.");
    }

    /// <summary>A size for messages: "64 MiB", "1 MiB", or bytes.</summary>
    public static string Size(long bytes) => bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    private static Result Failed(FileProblem problem, string en, string vi) => new(null, problem, en, vi);
}
