using System.CommandLine;
using System.Globalization;
using Cchc.Cli.Calendar;
using Cchc.Cli.Shell;
using Cchc.Domain.Calendar;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc lunar &lt;date&gt;</c>: a solar date in the Vietnamese lunar calendar, or with <c>--to-solar</c> the other way.</summary>
internal sealed class LunarCommand : ICliCommand
{
    public Command Build(CliContext context, Option<string> languageOption)
    {
        var t = context.Language;
        var date = new Argument<string>("date") { Description = t.T("A date: 2026-02-17 or 17/02/2026.", "Một ngày: 2026-02-17 hoặc 17/02/2026.") };
        var toSolar = new Option<bool>("--to-solar") { Description = t.T("Read the date as a lunar date and give the solar one.", "Hiểu ngày đã cho là ngày âm lịch và đổi sang dương lịch.") };
        var leap = new Option<bool>("--leap") { Description = t.T("With --to-solar: the month is the leap month (tháng nhuận).", "Dùng với --to-solar: tháng là tháng nhuận.") };
        var command = new Command("lunar", t.T(
            "Convert between the solar and the Vietnamese lunar calendar (UTC+7, 1900–2199).",
            "Đổi giữa dương lịch và âm lịch Việt Nam (UTC+7, 1900–2199)."))
        {
            date, toSolar, leap,
        };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(date)!;
            if (parse.GetValue(toSolar))
            {
                return DateArgument.TryParseParts(text, out var parts)
                    ? ToSolar(context, parts, parse.GetValue(leap))
                    : context.Fail($"'{text}' is not a lunar date; write 2025-02-30 or 30/02/2025 (day 1–30, month 1–12).", $"'{text}' không phải ngày âm lịch; hãy viết 2025-02-30 hoặc 30/02/2025 (ngày 1–30, tháng 1–12).");
            }

            if (parse.GetValue(leap))
            {
                // Silently ignoring it would answer a question the user did not ask.
                return context.Fail("--leap goes with --to-solar (a lunar date in a leap month); a solar date has no leap month.", "--leap chỉ dùng cùng --to-solar (ngày âm lịch trong tháng nhuận); ngày dương lịch không có tháng nhuận.");
            }

            return DateArgument.TryParse(text, out var given)
                ? ToLunar(context, given)
                : context.Fail($"'{text}' is not a date; write 2026-02-17 or 17/02/2026.", $"'{text}' không phải ngày; hãy viết 2026-02-17 hoặc 17/02/2026.");
        });
        return command;
    }

    private static int ToLunar(CliContext context, NodaTime.LocalDate solar)
    {
        var t = context.Language;
        if (solar < VietnameseLunarCalendar.MinDate || solar > VietnameseLunarCalendar.MaxDate)
        {
            return context.Fail("The lunar calendar covers 1900-01-01 to 2199-12-31.", "Âm lịch được hỗ trợ từ 01/01/1900 đến 31/12/2199.");
        }

        var lunar = VietnameseLunarCalendar.ToLunar(solar);
        var leap = lunar.IsLeapMonth ? t.T(" (leap month)", " (nhuận)") : string.Empty;
        context.Text.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{DateArgument.Describe(solar, t)} = {t.T("lunar", "âm lịch")} {lunar.Day:D2}/{lunar.Month:D2}{leap}/{lunar.Year}"));
        return ExitCodes.Success;
    }

    private static int ToSolar(CliContext context, (int Year, int Month, int Day) given, bool isLeap)
    {
        var t = context.Language;
        var lunar = new LunarDate(given.Year, given.Month, given.Day, isLeap);
        if (!VietnameseLunarCalendar.TryToSolar(lunar, out var solar))
        {
            return context.Fail(
                string.Create(CultureInfo.InvariantCulture, $"Lunar {given.Day:D2}/{given.Month:D2}{(isLeap ? " (leap)" : string.Empty)}/{given.Year} does not exist (a 29-day month, a leap month the year lacks, or outside 1900–2199)."),
                string.Create(CultureInfo.InvariantCulture, $"Ngày âm lịch {given.Day:D2}/{given.Month:D2}{(isLeap ? " (nhuận)" : string.Empty)}/{given.Year} không tồn tại (tháng thiếu, năm không có tháng nhuận đó, hoặc ngoài 1900–2199)."));
        }

        context.Text.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{t.T("lunar", "âm lịch")} {given.Day:D2}/{given.Month:D2}{(isLeap ? t.T(" (leap month)", " (nhuận)") : string.Empty)}/{given.Year} = {DateArgument.Describe(solar, t)}"));
        return ExitCodes.Success;
    }
}
