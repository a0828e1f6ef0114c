using System.CommandLine.Parsing;
using System.Globalization;

namespace Cchc.Cli.Shell;

/// <summary>
/// Expands response files (<c>@file</c>) before parsing, in place of System.CommandLine's expansion, which
/// follows a file naming itself until the stack overflows and lets the exception of an unreadable one (a
/// directory) escape. Each line of a file is split as a command line is (<c>#</c> starts a comment line); an
/// <c>@file</c> inside is expanded in turn, up to <see cref="MaxDepth"/> levels, and a file already being
/// expanded is an error, as are a file larger than <see cref="MaxBytes"/> and more than <see cref="MaxTokens"/>
/// arguments in all.
/// </summary>
internal static class ResponseFiles
{
    public const int MaxDepth = 8;

    public const int MaxBytes = 1024 * 1024;

    public const int MaxTokens = 100_000;

    /// <summary>The expanded command line, or a message (English, Vietnamese) saying why it cannot be.</summary>
    public static (string[] Args, string? ErrorEn, string? ErrorVi) Expand(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Any(IsResponseFile))
        {
            return ([.. args], null, null);
        }

        var result = new List<string>(args.Count);
        var active = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            if (Add(arg, result, active, depth: 0) is { } error)
            {
                return ([], error.En, error.Vi);
            }
        }

        return ([.. result], null, null);
    }

    private static bool IsResponseFile(string arg) => arg.Length > 1 && arg[0] == '@';

    private static (string En, string Vi)? Add(string arg, List<string> result, HashSet<string> active, int depth)
    {
        if (!IsResponseFile(arg))
        {
            if (result.Count >= MaxTokens)
            {
                var max = MaxTokens.ToString("N0", CultureInfo.InvariantCulture);
                return ($"The response files give more than {max} arguments.", $"Các tệp đối số (response file) cho hơn {max} đối số.");
            }

            result.Add(arg);
            return null;
        }

        var path = arg[1..];
        var shown = TerminalText.Shown(path);
        if (depth >= MaxDepth)
        {
            return ($"Response file '{shown}' is nested more than {MaxDepth} levels deep.",
                $"Tệp đối số (response file) '{shown}' lồng nhau quá {MaxDepth} cấp.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return ($"Response file not found '{shown}'.", $"Không tìm thấy tệp đối số (response file) '{shown}'.");
        }

        if (!active.Add(full))
        {
            return ($"Response file '{shown}' includes itself (through @{shown}); remove the loop.",
                $"Tệp đối số (response file) '{shown}' tự chứa chính nó (qua @{shown}); hãy bỏ vòng lặp.");
        }

        var read = BoundedFile.ReadAllBytes(path, MaxBytes);
        if (read.Bytes is null)
        {
            return read.Problem == FileProblem.NotFound
                ? ($"Response file not found '{shown}'.", $"Không tìm thấy tệp đối số (response file) '{shown}'.")
                : ("Response file: " + read.MessageEn, "Tệp đối số (response file): " + read.MessageVi);
        }

        foreach (var token in Tokens(read.Bytes))
        {
            if (Add(token, result, active, depth + 1) is { } error)
            {
                return error;
            }
        }

        active.Remove(full);
        return null;
    }

    /// <summary>The arguments of a response file: each line split as a command line, comment lines (<c>#</c>) and blank lines skipped.</summary>
    private static IEnumerable<string> Tokens(byte[] bytes)
    {
        var text = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes).TrimStart('\uFEFF');
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                foreach (var token in CommandLineParser.SplitCommandLine(trimmed))
                {
                    yield return token;
                }
            }
        }
    }
}
