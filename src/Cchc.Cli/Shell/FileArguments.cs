namespace Cchc.Cli.Shell;

/// <summary>Checks the file arguments of a command before any is read: an option the command does not know, or standard input named twice.</summary>
internal static class FileArguments
{
    /// <summary>Returns exit code 2 with a message for a bad list, or <see langword="null"/> when the list is fine.</summary>
    public static int? Check(CliContext context, IEnumerable<string> files)
    {
        var list = files.ToList();
        if (list.FirstOrDefault(f => f.Length > 1 && f[0] == '-') is { } given)
        {
            var option = TerminalText.Shown(given);
            return context.Fail(
                $"'{option}' is not an option of this command; see --help (a file whose name starts with '-' can be given as ./{option}).",
                $"'{option}' không phải tùy chọn của lệnh này; xem --help (tệp có tên bắt đầu bằng '-' hãy viết ./{option}).");
        }

        return list.Count(f => string.Equals(f, "-", StringComparison.Ordinal)) > 1
            ? context.Fail("Standard input ('-') can be read only once per command.", "Đầu vào chuẩn ('-') chỉ đọc được một lần trong mỗi lệnh.")
            : null;
    }
}
