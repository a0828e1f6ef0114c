using System.Text.RegularExpressions;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// The grammar of deadline phrases, over folded text (<see cref="FoldedText"/>: lower case, no diacritics,
/// single spaces). Digits are ASCII only; every pattern has a match timeout.
/// </summary>
internal static partial class DeadlinePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int Timeout = 250;

    // A day: "05/12/2021", "5-12", "30.11.2021", "30 thang 12 nam 2021"; the year is optional.
    private const string Date = @"(?:ngay\s+)?(?<d>[0-9]{1,2})(?:\s*[/.-]\s*|\s+thang\s+)(?<m>[0-9]{1,2})(?:(?:\s*[/.-]\s*|\s*,?\s+nam\s+)(?<y>[0-9]{4}))?";

    // "/2022", "-2022", " nam 2022" after a period.
    private const string OfYear = @"(?:(?:\s*[/-]\s*|\s+nam\s+)(?<y>[0-9]{4}))?";

    [GeneratedRegex("^(?:vao\\s+)?" + Date + "$", Options, Timeout)]
    public static partial Regex OnDate();

    [GeneratedRegex("^truoc\\s+" + Date + "$", Options, Timeout)]
    public static partial Regex ByDate();

    [GeneratedRegex("^(?:cham\\s+nhat|han\\s+chot|han|den\\s+het|den|khong\\s+muon\\s+hon|trong\\s+ngay)\\s*:?\\s*(?:(?:la|vao|ngay|het)\\s+)*" + Date + "$", Options, Timeout)]
    public static partial Regex NoLaterThan();

    [GeneratedRegex(@"^(?:trong\s+)?thang\s+(?<m>[0-9]{1,2})" + OfYear + "$", Options, Timeout)]
    public static partial Regex Month();

    [GeneratedRegex(@"^(?:trong\s+)?quy\s+(?<q>iv|iii|ii|i|[1-4])" + OfYear + "$", Options, Timeout)]
    public static partial Regex Quarter();

    [GeneratedRegex(@"^(?:trong\s+)?(?:(?:0?6|sau)\s+thang|nua)\s+(?<h>dau|cuoi)(?:\s+nam(?:\s+(?<y>[0-9]{4}))?|\s*[/-]\s*(?<y>[0-9]{4}))?$", Options, Timeout)]
    public static partial Regex HalfYear();

    [GeneratedRegex(@"^(?:trong\s+)?(?:0?9|chin)\s+thang(?:\s+dau)?(?:\s+nam(?:\s+(?<y>[0-9]{4}))?|\s*[/-]\s*(?<y>[0-9]{4}))?$", Options, Timeout)]
    public static partial Regex NineMonths();

    [GeneratedRegex(@"^(?:trong\s+)?(?:ca\s+)?nam(?:\s+(?<y>[0-9]{4}))?$", Options, Timeout)]
    public static partial Regex Year();

    [GeneratedRegex(@"^(?:(?:cham\s+nhat|trong\s+vong|trong\s+thoi\s+han|trong|sau|khong\s+qua|toi\s+da)\s+)*(?<n>[0-9]{1,3})\s+ngay(?<w>\s+lam\s+viec)?\s*,?\s*(?:ke\s+tu|tinh\s+tu|sau)\s+(?:(?:ngay|khi|thoi\s+diem)\s+)?(?<ev>\S.*)$", Options, Timeout)]
    public static partial Regex AfterEvent();

    [GeneratedRegex(@"^(?:thuong\s+xuyen|lien\s+tuc)(?:\s*(?:,|va)?\s*(?:thuong\s+xuyen|lien\s+tuc))?$", Options, Timeout)]
    public static partial Regex Ongoing();

    [GeneratedRegex(@"^theo\s+(?:su\s+)?(?:chi\s+dao|yeu\s+cau|de\s+nghi)(?:\s+(?:cua\s+)?(?<who>\S.*))?$", Options, Timeout)]
    public static partial Regex Directed();

    [GeneratedRegex(@"^theo\s+(?:(?:thoi\s+han|tien\s+do|lo\s+trinh|thoi\s+gian)\s+(?:(?:cua|tai|trong|theo)\s+)?(?<doc>\S.*)|(?<doc>(?:ke\s+hoach|quy\s+dinh|van\s+ban|cong\s+van|huong\s+dan|quyet\s+dinh|de\s+an|chuong\s+trinh)(?:\s.*)?))$", Options, Timeout)]
    public static partial Regex PerDocument();

    // "- Ke hoach (Quy I); - Bao cao (Truoc 30/11)": one or more "label (deadline)".
    [GeneratedRegex(@"^(?:[\s;,.]*[-+*•]?\s*(?<label>[^();:+*•\-][^();:+*•]*?)\s*\((?<inner>[^()]+)\))+[\s;,.]*$", Options, Timeout)]
    public static partial Regex ParenthesisedParts();

    // "Ke hoach: Quy I" (one piece of a list separated by ';').
    [GeneratedRegex(@"^[-+*•]?\s*(?<label>[^:]+?)\s*:\s*(?<inner>\S.*)$", Options, Timeout)]
    public static partial Regex ColonPart();

    // "Bao cao quy I, truoc ngay 10/3", "6 thang dau nam, truoc ngay 10/6", "bao cao nam, truoc ngay 5/12".
    [GeneratedRegex(@"^(?:(?:bao\s+cao|ket\s+qua|dinh\s+ky|ky)\s+)*(?<p>quy\s+(?<q>iv|iii|ii|i|[1-4])|(?:(?:0?6|sau)\s+thang|nua)(?:\s+(?<h>dau|cuoi))?(?:\s+nam)?|(?:0?9|chin)\s+thang(?:\s+dau)?(?:\s+nam)?|thang\s+(?<m>[0-9]{1,2})|(?:ca\s+)?nam)(?:(?:\s+nam)?\s+(?<y>[0-9]{4}))?\s*[,:\-–]?\s*(?<due>\S.*)$", Options, Timeout)]
    public static partial Regex ReportPart();

    [GeneratedRegex(@"^bao\s+cao\b", Options, Timeout)]
    public static partial Regex ReportWord();

    [GeneratedRegex("[0-9]{4}", Options, Timeout)]
    public static partial Regex FourDigits();

    // "truoc" before a day: a report "trước ngày 10/3" is due before the day, not on it; "năm trước" is the previous year.
    [GeneratedRegex(@"\btruoc (?:ngay )?\d", Options, Timeout)]
    public static partial Regex BeforeWord();
}
