using Cchc.Domain.Legal;
using Cchc.Domain.Tests.Samples;

namespace Cchc.Domain.Tests.Legal;

/// <summary>The parser against real data: every document the five samples cite, as transcribed by hand.</summary>
public sealed class SampleCitationParsingTests
{
    public static TheoryData<string, LegalReference> NumberedReferences()
    {
        var data = new TheoryData<string, LegalReference>();
        foreach (var file in SamplePlans.All())
        {
            // A continuation written "số 1011-CTr/TU …" has its type only in context ("… số 920-CTr/TU và số 1011-CTr/TU"),
            // which LegalReferenceParserSeedCasesTests covers.
            var numbered = SamplePlans.Load(file).Plan.AllLegalReferences
                .Where(r => r.Number is not null && r.IssuerCode is not null && !r.Text.StartsWith("số ", StringComparison.Ordinal));
            foreach (var reference in numbered)
            {
                data.Add(file, reference);
            }
        }

        return data;
    }

    public static TheoryData<string, LegalReference> ReferencesByName()
    {
        var data = new TheoryData<string, LegalReference>();
        foreach (var file in SamplePlans.All())
        {
            foreach (var reference in SamplePlans.Load(file).Plan.AllLegalReferences.Where(r => r.Number is null))
            {
                data.Add(file, reference);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NumberedReferences))]
    public void The_parser_reads_each_numbered_citation_as_it_was_transcribed(string sample, LegalReference expected)
    {
        var parsed = LegalReferenceParser.FindAll(expected.Text);

        var found = Assert.Single(parsed, r => r.Number == expected.Number);
        Assert.True(
            (found.Type, found.Year, found.IssuerCode, found.Date) == (expected.Type, expected.Year, expected.IssuerCode, expected.Date),
            $"{sample}: '{expected.Text}' read as {found.Type} {found.Number} {found.Year} {found.IssuerCode} {found.Date}, transcribed as {expected.Type} {expected.Number} {expected.Year} {expected.IssuerCode} {expected.Date}");
    }

    [Theory]
    [MemberData(nameof(ReferencesByName))]
    public void The_parser_reads_each_citation_by_name_as_it_was_transcribed(string sample, LegalReference expected)
    {
        // Every member: the type, the name (title), the year, the issuer, and no number, code or date.
        var found = Assert.Single(LegalReferenceParser.FindAll(expected.Text));

        Assert.True(expected == found, $"{sample}: '{expected.Text}' read as {found}, transcribed as {expected}");
    }

    [Fact]
    public void The_samples_cite_81_documents_by_number_and_10_by_name()
    {
        Assert.Equal(81, NumberedReferences().Count);
        Assert.Equal(10, ReferencesByName().Count);
    }

    [Theory]
    // Each seed's citations by name, in order: the samples' ten, and the master programme where a sentence names it
    // (002 twice, as the subject of Nghị quyết 76/NQ-CP and as a task; 004 again in area 1) though the samples list it once.
    [InlineData("000_1f55b9daf4ce34ac.txt", "Luật CBCC")]
    [InlineData("001_ec40ea0f98ad49c5.txt", "Luật ban hành văn bản quy phạm pháp luật", "Luật sửa đổi, bổ sung một số điều của Luật ban hành văn bản quy phạm pháp luật", "Chương trình cải cách hành chính giai đoạn 2021-2030")]
    [InlineData("002_aa485d96a51374c2.txt", "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030", "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", "Luật Phổ biến, giáo dục pháp luật")]
    [InlineData("003_24a9c7e6c9ad4780.txt", "Luật ban hành VBQPPL", "Luật ngân sách nhà nước")]
    [InlineData("004_9da8d435c019012e.txt", "Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030", "Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030", "Nghị quyết Đại hội Đảng toàn quốc khóa XIII")]
    public void In_the_whole_seed_texts_only_real_citations_are_found_by_name(string seed, params string[] expected)
    {
        // The seeds say "pháp luật", "kỷ luật", "văn bản dưới luật", "phổ biến, giáo dục pháp luật" dozens of times.
        var text = File.ReadAllText(RepositoryFiles.Path(Path.Combine("samples", "seeds", seed)));

        Assert.Equal(expected, LegalReferenceParser.FindAll(text).Where(r => r.Number is null).Select(r => r.Text));
    }
}
