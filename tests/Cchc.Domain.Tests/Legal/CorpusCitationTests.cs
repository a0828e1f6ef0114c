using System.Globalization;
using Cchc.Domain.Legal;
using Xunit.Abstractions;

namespace Cchc.Domain.Tests.Legal;

/// <summary>
/// The parser against real citations collected from public documents (tests/Cchc.Domain.Tests/Corpus/citations.tsv,
/// columns text, source_url, type, number, year, code, issuer, date, title, note). A citation is read right when its type,
/// number, year, code and date are the expected ones; issuer and title are compared loosely and reported.
/// </summary>
public sealed class CorpusCitationTests(ITestOutputHelper output)
{
    // The corpus names types as documents do.
    private static readonly Dictionary<string, LegalDocumentType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Luật"] = LegalDocumentType.Law,
        ["Bộ luật"] = LegalDocumentType.Code,
        ["Hiến pháp"] = LegalDocumentType.Constitution,
        ["Nghị quyết"] = LegalDocumentType.Resolution,
        ["Nghị quyết liên tịch"] = LegalDocumentType.Resolution, // no type of its own: a resolution with its name "liên tịch"
        ["Nghị định"] = LegalDocumentType.Decree,
        ["Quyết định"] = LegalDocumentType.Decision,
        ["Chỉ thị"] = LegalDocumentType.Directive,
        ["Thông tư"] = LegalDocumentType.Circular,
        ["Thông tư liên tịch"] = LegalDocumentType.JointCircular,
        ["Kế hoạch"] = LegalDocumentType.Plan,
        ["Công văn"] = LegalDocumentType.OfficialLetter,
        ["Văn bản"] = LegalDocumentType.OfficialLetter,
        ["Hướng dẫn"] = LegalDocumentType.Guidance,
        ["Thông báo"] = LegalDocumentType.Notice,
        ["Chương trình"] = LegalDocumentType.Programme,
        ["Kết luận"] = LegalDocumentType.Conclusion,
        ["Báo cáo"] = LegalDocumentType.Report,
        ["Công điện"] = LegalDocumentType.Telegram,
        ["Tờ trình"] = LegalDocumentType.Submission,
        ["Đề án"] = LegalDocumentType.Scheme,
        ["Quy chế"] = LegalDocumentType.Rules,
        ["Quy định"] = LegalDocumentType.Regulation,
    };

    private sealed record Row(int Line, string Text, LegalDocumentType? Type, string? Number, int? Year, string? Code, string? Issuer, string? Date, string? Title);

    private static List<Row> Rows()
    {
        var lines = File.ReadAllLines(RepositoryFiles.Path(Path.Combine("tests", "Cchc.Domain.Tests", "Corpus", "citations.tsv")));
        var rows = new List<Row>();
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split('\t');
            if (cells.Length < 9 || cells[0].Length == 0)
            {
                continue;
            }

            string? Cell(int k) => cells[k].Trim() is { Length: > 0 } value ? value : null;
            rows.Add(new Row(
                i + 1,
                cells[0],
                Types.TryGetValue(cells[2].Trim(), out var type) ? type : Enum.TryParse<LegalDocumentType>(cells[2].Trim(), true, out var named) ? named : null,
                Cell(3),
                Cell(4) is { } year ? int.Parse(year, CultureInfo.InvariantCulture) : null,
                Cell(5),
                Cell(6),
                Cell(7),
                Cell(8)));
        }

        return rows;
    }

    [Fact]
    public void At_least_97_percent_of_the_real_citations_are_read_right()
    {
        var rows = Rows();
        int right = 0, wrong = 0, notRead = 0, looseIssuer = 0, looseTitle = 0;
        foreach (var row in rows)
        {
            if (!LegalReferenceParser.TryParse(row.Text, out var found))
            {
                notRead++;
                output.WriteLine($"line {row.Line}: not read: {row.Text}");
                continue;
            }

            var date = found.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // The corpus's year is the year in the symbol, else "năm YYYY" after it, else the date's year (Corpus/README.md);
            // LegalReference.Year is only the first two, the date's year being in Date.
            var year = found.Year ?? found.Date?.Year;
            if ((found.Type, found.Number, year, found.IssuerCode, date) == (row.Type, row.Number, row.Year, row.Code, row.Date))
            {
                right++;
                looseIssuer += Loosely(found.Issuer, row.Issuer) ? 1 : 0;
                looseTitle += Loosely(found.Title, row.Title) ? 1 : 0;
                if (!Loosely(found.Issuer, row.Issuer) || !Loosely(found.Title, row.Title))
                {
                    output.WriteLine($"line {row.Line}: right, but issuer '{found.Issuer}' / '{row.Issuer}', title '{found.Title}' / '{row.Title}'");
                }
            }
            else
            {
                wrong++;
                output.WriteLine($"line {row.Line}: wrong: {found.Type} {found.Number} {found.Year} {found.IssuerCode} {date}, expected {row.Type} {row.Number} {row.Year} {row.Code} {row.Date}: {row.Text}");
            }
        }

        output.WriteLine($"{rows.Count} citations: {right} right, {wrong} wrong, {notRead} not read; issuer as expected in {looseIssuer}, title in {looseTitle}");
        Assert.NotEmpty(rows);
        Assert.True(right * 100 >= rows.Count * 97, $"{right} of {rows.Count} right ({wrong} wrong, {notRead} not read)");
    }

    private static bool Loosely(string? found, string? expected) =>
        string.Equals((found ?? string.Empty).Trim(), (expected ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase);
}
