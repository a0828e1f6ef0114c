using System.CommandLine;
using System.Globalization;
using Cchc.Cli.Calendar;
using Cchc.Cli.Shell;
using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc workdays add &lt;date&gt; &lt;n&gt;</c> and <c>cchc workdays count &lt;from&gt; &lt;to&gt;</c> on the civil servants' working calendar.</summary>
internal sealed class WorkdaysCommand : ICliCommand
{
    public Command Build(CliContext context, Option<string> languageOption)
    {
        var t = context.Language;
        var command = new Command("workdays", t.T(
            "Working-day arithmetic on the civil servants' calendar (weekends, holidays, compensatory days and official swaps).",
            "Tính ngày làm việc theo lịch của cán bộ, công chức (cuối tuần, lễ tết, nghỉ bù, hoán đổi)."));
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(Count(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var t = context.Language;
        var start = new Argument<string>("date") { Description = t.T("The start date (not counted).", "Ngày bắt đầu (không tính).") };
        var count = new Argument<int>("n") { Description = t.T("How many working days (negative: backwards).", "Số ngày làm việc (số âm: lùi lại).") };
        var schedules = ScheduleOption.Create(t);
        var command = new Command("add", t.T("The n-th working day after a date (\"05 ngày làm việc kể từ …\").", "Ngày làm việc thứ n sau một ngày (\"05 ngày làm việc kể từ …\").")) { start, count, schedules };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(count);
            return TryDate(context, parse.GetValue(start), out var from)
                ? Answer(context, parse.GetValue(schedules), calendar =>
                    $"{DateArgument.Describe(from, t)} {(n < 0 ? "−" : "+")} {t.Count(Math.Abs((long)n), "working day", "working days", "ngày làm việc")} = {DateArgument.Describe(calendar.AddWorkingDays(from, n), t)}")
                : ExitCodes.UsageOrIoError;
        });
        return command;
    }

    private static Command Count(CliContext context)
    {
        var t = context.Language;
        var from = new Argument<string>("from") { Description = t.T("The first date (not counted).", "Ngày đầu (không tính).") };
        var to = new Argument<string>("to") { Description = t.T("The last date (counted).", "Ngày cuối (có tính).") };
        var schedules = ScheduleOption.Create(t);
        var command = new Command("count", t.T("The number of working days after one date up to another.", "Số ngày làm việc từ sau ngày đầu đến hết ngày cuối.")) { from, to, schedules };
        command.SetAction(parse =>
            TryDate(context, parse.GetValue(from), out var first) && TryDate(context, parse.GetValue(to), out var last)
                ? Answer(context, parse.GetValue(schedules), calendar =>
                    string.Create(CultureInfo.InvariantCulture, $"{DateArgument.Describe(first, t)} → {DateArgument.Describe(last, t)}: {t.Count(calendar.CountWorkingDays(first, last), "working day", "working days", "ngày làm việc")}"))
                : ExitCodes.UsageOrIoError);
        return command;
    }

    private static bool TryDate(CliContext context, string? text, out LocalDate date)
    {
        if (DateArgument.TryParse(text, out date))
        {
            return true;
        }

        context.Fail($"'{text}' is not a date; write 2025-01-24 or 24/01/2025.", $"'{text}' không phải ngày; hãy viết 2025-01-24 hoặc 24/01/2025.");
        return false;
    }

    /// <summary>Loads the calendar (with --schedules) and prints one answer; dates outside the calendar are a usage error.</summary>
    private static int Answer(CliContext context, string? schedules, Func<WorkingCalendar, string> answer)
    {
        if (ScheduleOption.Load(context, schedules, out var exitCode) is not { } calendar)
        {
            return exitCode;
        }

        try
        {
            context.Text.WriteLine(answer(calendar));
            return ExitCodes.Success;
        }
        catch (ArgumentOutOfRangeException)
        {
            return context.Fail(
                string.Create(CultureInfo.InvariantCulture, $"The working calendar covers {WorkingCalendar.MinDate:uuuu-MM-dd} to {WorkingCalendar.MaxDate:uuuu-MM-dd}."),
                string.Create(CultureInfo.InvariantCulture, $"Lịch làm việc được hỗ trợ từ {WorkingCalendar.MinDate:dd'/'MM'/'uuuu} đến {WorkingCalendar.MaxDate:dd'/'MM'/'uuuu}."));
        }
    }
}
