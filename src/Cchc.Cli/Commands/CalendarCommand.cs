using System.CommandLine;
using Cchc.Cli.Calendar;
using Cchc.Cli.Documents;
using Cchc.Cli.Shell;
using Cchc.Domain.Reporting;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Plans;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc calendar &lt;plan.json&gt;</c>: every deadline of a plan on the working calendar, as text, JSON or iCalendar.</summary>
internal sealed class CalendarCommand : ICliCommand
{
    public Command Build(CliContext context, Option<string> languageOption)
    {
        var t = context.Language;
        var file = new Argument<string>("plan") { Description = t.T("The plan (JSON); - reads standard input.", "Kế hoạch (JSON); - đọc từ đầu vào chuẩn.") };
        var format = new Option<string>("--format")
        {
            Description = t.T("Output format: text (default), json, or ics (iCalendar, for Outlook and Google Calendar).", "Định dạng: text (mặc định), json hoặc ics (iCalendar, cho Outlook và Google Calendar)."),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "ics");
        var schedules = ScheduleOption.Create(t);
        var command = new Command("calendar", t.T(
            "List every deadline of a plan on the Vietnamese working calendar: task due dates, reports with their data windows, and deadlines that wait on an event or a direction.",
            "Liệt kê mọi thời hạn của kế hoạch theo lịch làm việc: hạn nhiệm vụ, báo cáo kèm kỳ số liệu, và các thời hạn phụ thuộc sự kiện hoặc chỉ đạo."))
        {
            file, format, schedules,
        };
        command.SetAction(parse =>
        {
            var plan = PlanInput.Load(context, parse.GetValue(file)!, out var exitCode);
            if (plan is null)
            {
                return exitCode;
            }

            if (ScheduleOption.Load(context, parse.GetValue(schedules), out var scheduleExit) is not { } workingCalendar)
            {
                return scheduleExit;
            }

            var calendar = PlanCalendar.For(plan, workingCalendar);
            switch (parse.GetValue(format))
            {
                case "json":
                    context.Stdout.Write(calendar.ToJson());
                    break;
                case "ics":
                    context.Stdout.Write(calendar.ToICalendar(context.Clock.GetCurrentInstant()));
                    break;
                default:
                    PlanCalendarText.Write(calendar, context.Text, t);
                    break;
            }

            return exitCode;
        });
        return command;
    }
}
