using Cchc.Domain.Legal;
using Cchc.Domain.Tests.Samples;

namespace Cchc.Domain.Tests.Legal;

/// <summary>The parser against real data: every numbered document the five samples cite, as transcribed by hand.</summary>
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
}
