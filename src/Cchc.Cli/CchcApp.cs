using System.CommandLine;
using Cchc.Cli.Commands;
using Cchc.Cli.Shell;
using Cchc.Cli.Usage;

namespace Cchc.Cli;

/// <summary>The tool's entry point, callable in-process with any streams (tests use it so).</summary>
internal static class CchcApp
{
    /// <summary>Runs the tool as <c>cchc args…</c>; with no command it runs <c>demo</c>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="clock">The clock of time stamps in outputs (iCalendar DTSTAMP); <see langword="null"/> for the system clock.</param>
    /// <param name="extraCommands">Commands added to the catalogue (tests: a command that throws).</param>
    /// <returns>The exit code: 0 success, 1 invalid document, 2 usage or I/O error, 3 internal error.</returns>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, NodaTime.IClock? clock = null, IReadOnlyList<ICliCommand>? extraCommands = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        var messages = TerminalText.Writer(stderr);
        try
        {
            var exitCode = RunCore(args, stdin, stdout, messages, clock, extraCommands ?? []);
            stdout.Flush();
            messages.Flush();
            return exitCode;
        }
        catch (Exception ex) when (OutputFailure.IsOutputError(ex))
        {
            return OutputFailure.Report(messages, Language.FromArguments(args), ex);
        }
        catch (Exception ex)
        {
            // A bug: one line in each language and exit code 3, never a stack trace.
            return LastResort.Report(messages, ex);
        }
    }

    private static int RunCore(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, NodaTime.IClock? clock, IReadOnlyList<ICliCommand> extraCommands)
    {
        var (expanded, responseErrorEn, responseErrorVi) = ResponseFiles.Expand(args);
        if (responseErrorEn is not null)
        {
            var asked = Language.FromArguments(args);
            stderr.WriteLine("cchc: " + asked.T(responseErrorEn, responseErrorVi!));
            stderr.WriteLine(asked.T("Run 'cchc --help' (or 'cchc <command> --help') to see the commands and options.",
                "Chạy 'cchc --help' (hoặc 'cchc <lệnh> --help') để xem các lệnh và tùy chọn."));
            return ExitCodes.UsageOrIoError;
        }

        args = expanded;
        var language = Language.FromArguments(args);
        var context = new CliContext(stdin, stdout, stderr, language) { Clock = clock ?? NodaTime.SystemClock.Instance };
        var root = BuildRoot(context, extraCommands);

        // Response files are expanded above, with a loop check and size limits.
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var usageErrors = UsageErrors.Describe(parseResult, args, language);
        if (usageErrors.Count > 0)
        {
            foreach (var message in usageErrors)
            {
                stderr.WriteLine("cchc: " + TerminalText.Shown(message, 1000));
            }

            stderr.WriteLine(language.T("Run 'cchc --help' (or 'cchc <command> --help') to see the commands and options.",
                "Chạy 'cchc --help' (hoặc 'cchc <lệnh> --help') để xem các lệnh và tùy chọn."));
            return ExitCodes.UsageOrIoError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand BuildRoot(CliContext context, IReadOnlyList<ICliCommand> extraCommands)
    {
        var language = context.Language;
        var languageOption = new Option<string>("--lang")
        {
            Description = language.T("Language of messages and help: en (default) or vi.", "Ngôn ngữ của thông báo và trợ giúp: en (mặc định) hoặc vi."),
            DefaultValueFactory = _ => "en",
            Recursive = true,
        };
        languageOption.AcceptOnlyFromAmong("en", "vi");
        var root = new RootCommand(language.T(
            "cchc: validate and explore Vietnamese administrative-reform (CCHC) plans, and score PAR INDEX-style assessments. With no command, runs the demo.",
            "cchc: kiểm tra và khai thác kế hoạch cải cách hành chính (CCHC), chấm điểm chỉ số CCHC. Không có lệnh thì chạy demo."));
        root.Options.Add(languageOption);
        LocalizedHelp.Install(root, language, context.Stdout);
        foreach (var command in CommandCatalog.All.Concat(extraCommands))
        {
            root.Subcommands.Add(command.Build(context, languageOption));
        }

        root.SetAction(_ => DemoCommand.Execute(context));
        return root;
    }
}
