using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Docs;

public sealed class DiagnosticCatalogTests
{
    [Fact]
    public void Codes_are_unique_and_well_formed() =>
        Assert.All(DiagnosticCatalog.All.GroupBy(d => d.Code), g =>
        {
            Assert.Single(g);
            Assert.Matches("^CCHC[1-9][0-9]{3}$", g.Key);
        });

    [Fact]
    public void Every_descriptor_has_messages_in_both_languages()
    {
        var vietnamese = new System.Text.RegularExpressions.Regex("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        Assert.All(DiagnosticCatalog.Descriptors, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.MessageEn));
            Assert.Matches(vietnamese, d.MessageVi);
            Assert.NotEqual(d.MessageEn, d.MessageVi);
        });
    }

    [Fact]
    public void Every_code_is_documented_in_docs_diagnostics_md()
    {
        var docs = File.ReadAllText(RepositoryFiles.Path("docs/diagnostics.md"));
        Assert.All(DiagnosticCatalog.All, d => Assert.Contains($"| {d.Code} |", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void The_public_constants_are_exactly_the_catalogued_codes()
    {
        var constants = typeof(DiagnosticCodes).GetNestedTypes().Prepend(typeof(DiagnosticCodes))
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Code), constants);
    }

    [Fact]
    public void The_public_catalogue_gives_the_severity_and_title_of_each_descriptor() =>
        Assert.All(DiagnosticCatalog.Descriptors, d => Assert.Equal(new DiagnosticInfo(d.Code, d.Severity, d.Title), DiagnosticCatalog.Find(d.Code)));
}
