using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using FsCheck;
using FsCheck.Fluent;

namespace Cchc.Domain.Tests.Deadlines;

/// <summary>TryParse never throws, over arbitrary strings and over shuffled pieces of real phrases.</summary>
public sealed class DeadlinePropertyTests
{
    private static readonly string[] Pieces =
    [
        "Trước", "ngày", "05/12/2021", "30/11", "Quý", "I", "III", "IV", "năm", "2022", "Cả", "6 tháng", "đầu", "cuối", "(", ")", ";", "-",
        "Kế hoạch", "Báo cáo", "Theo chỉ đạo của", "UBND tỉnh", "Chậm nhất sau", "05", "ngày làm việc", "kể từ", "nhận được", ":", ",",
        "tháng", "12", "31/02", "٣", "\u0301", "\ud800", " ", "\n", "Đ", "9 tháng", "chậm nhất", "Theo thời hạn của", "99999999999",
    ];

    [Fact]
    public void TryParse_never_throws_on_arbitrary_strings()
    {
        PropertyCheck.ForAll(ArbMap.Default.ArbFor<string>(), text => Consistent(text, 2021), maxTest: 1000);
    }

    [Fact]
    public void TryParse_never_throws_on_shuffled_pieces_of_real_phrases_and_what_it_reads_resolves()
    {
        var phrases = Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Join(' ', parts));
        var years = Gen.Choose(-5, 10_005);
        PropertyCheck.ForAll(phrases.SelectMany(p => years.Select(y => (p, y))), x => Consistent(x.p, x.y), maxTest: 1000);
    }

    private static bool Consistent(string? text, int year)
    {
        if (!Deadline.TryParse(text, year, out var deadline))
        {
            return deadline is null;
        }

        _ = deadline.Resolve(WorkingCalendar.Default);
        return string.Equals(deadline.Text, text, StringComparison.Ordinal) && deadline is not UnrecognizedDeadline;
    }
}
