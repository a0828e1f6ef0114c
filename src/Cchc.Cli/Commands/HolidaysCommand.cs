using System.CommandLine;
using System.Globalization;
using Cchc.Cli.Calendar;
using Cchc.Cli.Shell;
using Cchc.Domain.Calendar;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc holidays &lt;year&gt;</c>: the days off of civil servants in a year, with swapped working days.</summary>
internal sealed class HolidaysCommand : ICliCommand
{
    public Command Build(CliContext context, Option<string> languageOption)
    {
        var t = context.Language;
        var year = new Argument<int>("year") { Description = t.T("The year, 2000–2199.", "Năm, từ 2000 đến 2199.") };
        var schedules = ScheduleOption.Create(t);
        var command = new Command("holidays", t.T(
            "List the public holidays of a year for civil servants: statutory days, compensatory days and official swaps (with the Saturdays worked in exchange and the source).",
            "Liệt kê ngày nghỉ lễ, tết của cán bộ, công chức trong năm: ngày nghỉ theo luật, nghỉ bù, hoán đổi (kèm ngày làm bù và nguồn)."))
        {
            year, schedules,
        };
        command.SetAction(parse =>
        {
            var y = parse.GetValue(year);
            if (y < WorkingCalendar.MinDate.Year || y > WorkingCalendar.MaxDate.Year)
            {
                return context.Fail(
                    string.Create(CultureInfo.InvariantCulture, $"{y} is outside the supported years {WorkingCalendar.MinDate.Year}–{WorkingCalendar.MaxDate.Year}."),
                    string.Create(CultureInfo.InvariantCulture, $"Năm {y} nằm ngoài phạm vi hỗ trợ {WorkingCalendar.MinDate.Year}–{WorkingCalendar.MaxDate.Year}."));
            }

            if (ScheduleOption.Load(context, parse.GetValue(schedules), out var exitCode) is not { } calendar)
            {
                return exitCode;
            }

            foreach (var holiday in calendar.HolidaysIn(y))
            {
                var dates = holiday.Dates.Count == 1
                    ? DateArgument.Describe(holiday.First, t)
                    : $"{DateArgument.Describe(holiday.First, t)} – {DateArgument.Describe(holiday.Last, t)}";
                var name = t.T(holiday.NameEn, holiday.NameVi);
                var kind = KindName(holiday.Kind, t);
                var days = t.Count(holiday.Dates.Count, "day", "days", "ngày");
                var provisional = holiday.IsProvisional ? t.T(" (from the Labour Code's rules; no official notice recorded)", " (theo quy định của Bộ luật Lao động; chưa ghi nhận thông báo chính thức)") : string.Empty;
                context.Text.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dates}  {name} [{kind}, {days}]{provisional}"));
                foreach (var worked in holiday.MakeUpDates)
                {
                    context.Text.WriteLine($"    {t.T("worked in exchange", "làm bù")}: {DateArgument.Describe(worked, t)}");
                }

                if (holiday.Source is { } source)
                {
                    context.Text.WriteLine($"    {t.T("source", "nguồn")}: {source}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string KindName(HolidayKind kind, Language t) => kind switch
    {
        HolidayKind.Statutory => t.T("statutory", "theo luật"),
        HolidayKind.Compensatory => t.T("compensatory", "nghỉ bù"),
        HolidayKind.Swap => t.T("swap", "hoán đổi"),
        _ => kind.ToString(),
    };
}
