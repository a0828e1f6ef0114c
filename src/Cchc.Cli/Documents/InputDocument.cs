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

    /// <summary>The most bytes read from one input (file or standard input): 64 MiB. A larger input, or an endless one (<c>/dev/zero</c>), is an I/O error.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/> (or standard input for <c>-</c>), turning every I/O failure into a message that says what to do.</summary>
    public static InputDocument Load(string path, Stream stdin, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stdin);
        if (string.Equals(path, "-", StringComparison.Ordinal))
        {
            var fromStdin = BoundedFile.ReadStream(stdin, maxBytes, "standard input");
            return fromStdin.Bytes is { } bytes
                ? new InputDocument(StdinName, bytes, null, null)
                : fromStdin.Problem == FileProblem.TooLarge
                    ? Failed(StdinName, $"standard input is larger than {BoundedFile.Size(maxBytes)}, the most the tool reads.",
                        $"đầu vào chuẩn lớn hơn {BoundedFile.Size(maxBytes)}, mức tối đa công cụ đọc.")
                    : Failed(StdinName, fromStdin.MessageEn, fromStdin.MessageVi);
        }

        var read = BoundedFile.ReadAllBytes(path, maxBytes);
        var shown = TerminalText.Shown(path);
        return read.Problem switch
        {
            FileProblem.None => new InputDocument(path, read.Bytes, null, null),
            FileProblem.Directory => Failed(path, $"'{shown}' is a directory; give the JSON files in it instead (for example {TerminalText.Shown(Path.Combine(path, "*.json"))}).",
                $"'{shown}' là một thư mục; hãy chỉ ra các tệp JSON trong đó (ví dụ {TerminalText.Shown(Path.Combine(path, "*.json"))})."),
            FileProblem.NotFound => Failed(path, $"'{shown}' does not exist; check the path (use - to read standard input).",
                $"'{shown}' không tồn tại; hãy kiểm tra đường dẫn (dùng - để đọc đầu vào chuẩn)."),
            _ => Failed(path, read.MessageEn, read.MessageVi),
        };
    }

    /// <summary>The error message in the context's language.</summary>
    public string Error(Language language) => language.T(ErrorEn ?? string.Empty, ErrorVi ?? string.Empty);

    private static InputDocument Failed(string name, string en, string vi) => new(name, null, en, vi);
}
