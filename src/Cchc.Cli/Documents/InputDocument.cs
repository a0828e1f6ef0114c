using Cchc.Cli.Shell;

namespace Cchc.Cli.Documents;

/// <summary>A document given on the command line: a file, or standard input for <c>-</c>, read as raw bytes.</summary>
internal sealed class InputDocument
{
    private InputDocument(string name, byte[]? bytes, string? errorEn, string? errorVi)
    {
        Name = name;
        Bytes = bytes;
        ErrorEn = errorEn;
        ErrorVi = errorVi;
    }

    /// <summary>The name to show: the path as given, or <c>&lt;stdin&gt;</c>.</summary>
    public string Name { get; }

    public bool IsStdin => string.Equals(Name, StdinName, StringComparison.Ordinal);

    /// <summary>The bytes; <see langword="null"/> when the input could not be read.</summary>
    public byte[]? Bytes { get; }

    public string? ErrorEn { get; }

    public string? ErrorVi { get; }

    public const string StdinName = "<stdin>";

    /// <summary>Reads <paramref name="path"/> (or standard input for <c>-</c>), turning every I/O failure into a message that says what to do.</summary>
    public static InputDocument Load(string path, Stream stdin)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stdin);
        if (string.Equals(path, "-", StringComparison.Ordinal))
        {
            using var buffer = new MemoryStream();
            try
            {
                stdin.CopyTo(buffer);
            }
            catch (IOException ex)
            {
                return Failed(StdinName, $"cannot read standard input: {ex.Message}", $"không đọc được đầu vào chuẩn: {ex.Message}");
            }

            return new InputDocument(StdinName, buffer.ToArray(), null, null);
        }

        if (Directory.Exists(path))
        {
            return Failed(path, $"'{path}' is a directory; give the JSON files in it instead (for example {Path.Combine(path, "*.json")}).",
                $"'{path}' là một thư mục; hãy chỉ ra các tệp JSON trong đó (ví dụ {Path.Combine(path, "*.json")}).");
        }

        try
        {
            return new InputDocument(path, File.ReadAllBytes(path), null, null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Failed(path, $"'{path}' does not exist; check the path (use - to read standard input).",
                $"'{path}' không tồn tại; hãy kiểm tra đường dẫn (dùng - để đọc đầu vào chuẩn).");
        }
        catch (UnauthorizedAccessException)
        {
            return Failed(path, $"'{path}' cannot be opened: permission denied; check its permissions.",
                $"không mở được '{path}': không có quyền; hãy kiểm tra quyền truy cập tệp.");
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ArgumentException)
        {
            return Failed(path, $"'{path}' cannot be read: {ex.Message}", $"không đọc được '{path}': {ex.Message}");
        }
    }

    /// <summary>The error message in the context's language.</summary>
    public string Error(Language language) => language.T(ErrorEn ?? string.Empty, ErrorVi ?? string.Empty);

    private static InputDocument Failed(string name, string en, string vi) => new(name, null, en, vi);
}
