using System.CommandLine;
using Cchc.Cli.Documents;
using Cchc.Cli.Reports;
using Cchc.Cli.Shell;
using Cchc.Domain.Calendar;
using Cchc.Domain.Calendar.Schedules;

namespace Cchc.Cli.Calendar;

/// <summary>
/// <c>--schedules &lt;file&gt;</c>: official schedules announced after this release (docs/calendar.md's JSON),
/// registered on top of the built-in ones for one run — a new year's notice needs no new version of the tool.
/// </summary>
internal static class ScheduleOption
{
    public static Option<string?> Create(Language t) => new("--schedules")
    {
        Description = t.T(
            "A JSON file of official holiday schedules to add to the built-in ones (see docs/calendar.md).",
            "Tệp JSON lịch nghỉ chính thức bổ sung vào lịch có sẵn (xem docs/calendar.md)."),
    };

    /// <summary>The working calendar for this run; on a bad schedule file, reports it and sets <paramref name="exitCode"/>.</summary>
    public static WorkingCalendar? Load(CliContext context, string? path, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (path is null)
        {
            return WorkingCalendar.Default;
        }

        var input = InputDocument.Load(path, context.Stdin);
        if (input.Bytes is null)
        {
            exitCode = context.Fail(input.ErrorEn!, input.ErrorVi!);
            return null;
        }

        var result = OfficialScheduleJson.Read(input.Bytes);
        if (!result.IsValid)
        {
            var report = DocumentValidation.Report(input.Name, "schedules", input.Bytes, new DocumentVerdict(false, result.Diagnostics));
            new TextReportWriter().Write([report], context.Stderr, context.Language);
            exitCode = ExitCodes.Invalid;
            return null;
        }

        return WorkingCalendar.Default.With(result.Schedules);
    }
}
