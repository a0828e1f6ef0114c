using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Commands;

/// <summary>Help and parse errors in the language asked for: System.CommandLine's own English texts never reach a Vietnamese user.</summary>
public sealed class UsageLanguageTests
{
    private const string EnglishHint = "Run 'cchc --help' (or 'cchc <command> --help') to see the commands and options.";
    private const string VietnameseHint = "Chạy 'cchc --help' (hoặc 'cchc <lệnh> --help') để xem các lệnh và tùy chọn.";

    /// <summary>The headings, labels and error wordings of System.CommandLine 2.0.0.</summary>
    private static readonly string[] LibraryEnglish =
    [
        "Description:", "Usage:", "Arguments:", "Options:", "Commands:", "[command]", "[options]", "[default:", "Show help", "Show version",
        "Required", "Unrecognized", "not recognized", "Must be one of", "expects", "Cannot parse", "was not provided", "Response file",
    ];

    /// <summary>The command line, the English message, the Vietnamese one.</summary>
    public static TheoryData<string[], string, string> ParseErrors => new()
    {
        // a missing argument
        { ["workdays", "add"], "Required argument missing for command 'cchc workdays add': <date> <n>.", "Thiếu đối số bắt buộc của lệnh 'cchc workdays add': <date> <n>." },
        { ["score", "framework.json"], "Required argument missing for command 'cchc score': <assessments>.", "Thiếu đối số bắt buộc của lệnh 'cchc score': <assessments>." },

        // an unknown option
        { ["holidays", "2024", "--bogus"], "'--bogus' is not an option of 'cchc holidays'.", "'--bogus' không phải tùy chọn của lệnh 'cchc holidays'." },

        // an unknown command, a missing one
        { ["frob"], "'frob' is not a command of 'cchc'.", "'frob' không phải lệnh của 'cchc'." },
        { ["workdays", "frob"], "'frob' is not a command of 'cchc workdays'.", "'frob' không phải lệnh của 'cchc workdays'." },
        { ["workdays"], "'cchc workdays' needs a command: add, count.", "Lệnh 'cchc workdays' cần một lệnh con: add, count." },

        // a bad value for an option or argument with fixed values, or of the wrong type
        { ["validate", "-", "--format", "xml"], "'xml' is not a valid value for --format (one of: json, sarif, text).", "'xml' không phải giá trị hợp lệ của --format (một trong: json, sarif, text)." },
        { ["schema", "report"], "'report' is not a valid value for <kind> (one of: assessment, framework, plan).", "'report' không phải giá trị hợp lệ của <kind> (một trong: assessment, framework, plan)." },
        { ["holidays", "abc"], "'abc' is not a valid value for <year> (a whole number).", "'abc' không phải giá trị hợp lệ của <year> (một số nguyên)." },

        // too many arguments, an option without its value or with two
        { ["holidays", "2024", "2025"], "Unexpected argument '2025': 'cchc holidays' takes no more arguments.", "Thừa đối số '2025': lệnh 'cchc holidays' không nhận thêm đối số." },
        { ["holidays", "2024", "--schedules"], "Option '--schedules' needs a value.", "Tùy chọn '--schedules' cần một giá trị." },
        { ["validate", "-", "--kind", "--lenient"], "Option '--kind' needs a value (one of: assessment, framework, plan).", "Tùy chọn '--kind' cần một giá trị (một trong: assessment, framework, plan)." },
        { ["validate", "-", "--framework", "-h"], "Option '--framework' needs a value.", "Tùy chọn '--framework' cần một giá trị." },
        { ["validate", "-", "--format", "json", "--format", "text"], "Option '--format' was given 2 values; it takes at most 1.", "Tùy chọn '--format' được cho 2 giá trị; nó chỉ nhận tối đa 1." },

        // a response file that cannot be read
        { ["validate", "-", "@no-such-file.rsp"], "Response file not found 'no-such-file.rsp'.", "Không tìm thấy tệp đối số (response file) 'no-such-file.rsp'." },
    };

    [Theory]
    [MemberData(nameof(ParseErrors))]
    public void Each_parse_error_is_told_in_the_language_asked_for_with_exit_code_2(string[] args, string english, string vietnamese)
    {
        // --lang first: after an option missing its value it would add a message of its own (An_option_followed_by_another_option…).
        var en = CliRun.InProcess(["--lang", "en", .. args]);
        var vi = CliRun.InProcess(["--lang", "vi", .. args]);

        Assert.Equal(2, en.ExitCode);
        Assert.Equal(2, vi.ExitCode);
        Assert.Equal(["cchc: " + english, EnglishHint], Lines(en.Stderr));
        Assert.Equal(["cchc: " + vietnamese, VietnameseHint], Lines(vi.Stderr));
        Assert.Empty(vi.Stdout);
        Assert.All(LibraryEnglish, text => Assert.DoesNotContain(text, vi.Stderr, StringComparison.Ordinal));
    }

    /// <summary>An option followed by <c>--lang</c> lacks its value; the language asked for is still used.</summary>
    [Fact]
    public void An_option_followed_by_another_option_is_missing_its_value()
    {
        var run = CliRun.InProcess("holidays", "2024", "--schedules", "--lang", "vi");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("cchc: Tùy chọn '--schedules' cần một giá trị.", Lines(run.Stderr)[0]);
        Assert.Empty(run.Stdout);
    }

    /// <summary>Also <c>--lang=vi</c>, the other way of writing the option.</summary>
    [Theory]
    [InlineData("--lang=en", "Required argument missing")]
    [InlineData("--lang=vi", "Thiếu đối số bắt buộc")]
    public void Missing_arguments_are_reported_once_however_many_are_missing(string language, string message)
    {
        var run = CliRun.InProcess("workdays", "add", language);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(1, run.Stderr.Split(message).Length - 1);
        Assert.Contains("<date> <n>", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lệnh:", "--help")]
    [InlineData("Đối số:", "validate", "--help")]
    [InlineData("Lệnh:", "workdays", "-h")]
    public void Help_under_lang_vi_has_vietnamese_headings_and_no_english_ones(string section, params string[] args)
    {
        var run = CliRun.InProcess([.. args, "--lang", "vi"]);
        var help = run.Stdout.ReplaceLineEndings("\n");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Mô tả:", help, StringComparison.Ordinal);
        ContainsAll(help, "\nCách dùng:\n  cchc", "[tùy chọn]", "\nTùy chọn:\n", $"\n{section}\n", "-?, -h, --help", "Hiện trợ giúp và cách dùng.");
        Assert.All(LibraryEnglish, text => Assert.DoesNotContain(text, help, StringComparison.Ordinal));
    }

    [Fact]
    public void Help_of_validate_under_lang_en_keeps_the_english_headings()
    {
        var run = CliRun.InProcess("validate", "--help", "--lang", "en");
        var help = run.Stdout.ReplaceLineEndings("\n");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Description:\n  Validate documents.", help, StringComparison.Ordinal);
        ContainsAll(
            help,
            "\nUsage:\n  cchc validate <files>... [options]\n",
            "\nArguments:\n  <files>  ",
            "\nOptions:\n  --kind <assessment|framework|plan>  ",
            "--format <json|sarif|text>          Output format: text (default), json or sarif (SARIF 2.1.0). [default: text]\n",
            "--lenient                           Report unknown members as warnings instead of errors (documents from newer versions).\n",
            "--lang <en|vi>  ");
        Assert.DoesNotContain("Mô tả", help, StringComparison.Ordinal);
        Assert.DoesNotContain("\nCommands:", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_the_root_lists_the_commands_with_their_arguments()
    {
        ContainsAll(
            CliRun.InProcess("--help").Stdout.ReplaceLineEndings("\n"),
            "\nUsage:\n  cchc [command] [options]\n",
            "\nCommands:\n  validate <files>  ",
            "\n  workdays  ",
            "\n  schema <assessment|framework|plan>  ",
            "\n  --version  ");
    }

    private static void ContainsAll(string text, params string[] parts) =>
        Assert.All(parts, part => Assert.Contains(part, text, StringComparison.Ordinal));

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
