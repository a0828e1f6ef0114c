using System.Text.Encodings.Web;
using System.Text.Json;
using Cchc.Cli.Reports;
using Cchc.Cli.Shell;
using Cchc.Domain.Scoring;

namespace Cchc.Cli.Scores;

/// <summary>The machine format of <c>cchc score</c>: one JSON object (see docs/cli.md); numbers are exact decimals.</summary>
internal sealed class JsonScoreRenderer : IScoreRenderer
{
    public void Render(ScoreReport report, TextWriter output, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var identity = report.Framework.Identity;
            json.WriteStartObject();
            json.WriteString("tool", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteStartObject("framework");
            json.WriteString("file", report.FrameworkFile);
            json.WriteString("id", identity.Id);
            json.WriteString("version", identity.Version);
            json.WriteString("title", identity.Title);
            json.WriteEndObject();
            json.WriteStartArray("cards");
            foreach (var unit in report.Units)
            {
                WriteCard(json, unit);
            }

            json.WriteEndArray();
            json.WriteStartArray("ranking");
            foreach (var block in report.Blocks)
            {
                json.WriteStartObject();
                json.WriteString("block", block.Key);
                json.WriteStartArray("units");
                foreach (var unit in block)
                {
                    json.WriteStartObject();
                    WriteRank(json, unit.Rank);
                    json.WriteString("unitCode", unit.Card.Unit.Code);
                    json.WriteString("unitName", unit.Card.Unit.Name);
                    json.WriteNumber("indexPercent", unit.Card.IndexPercent);
                    WriteClass(json, unit.Card.Class);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                WriteCounts(json, report.Ranking.ClassCounts.Where(c => string.Equals(c.Block, block.Key, StringComparison.Ordinal)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteCounts(json, report.Ranking.ClassCounts.Where(c => c.Block is null));
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    private static void WriteCard(Utf8JsonWriter json, ScoredUnit unit)
    {
        var card = unit.Card;
        json.WriteStartObject();
        json.WriteString("file", unit.File);
        json.WriteString("unitCode", card.Unit.Code);
        json.WriteString("unitName", card.Unit.Name);
        json.WriteString("block", card.Block);
        json.WriteNumber("year", card.Year);
        json.WriteBoolean("excludedFromRanking", card.ExcludedFromRanking);
        WriteRank(json, unit.Rank);
        json.WriteNumber("maxPoints", card.MaxPoints);
        json.WriteNumber("applicableMaxPoints", card.ApplicableMaxPoints);
        json.WriteNumber("basePoints", card.BasePoints);
        json.WriteNumber("bonus", card.Adjustments.Bonus);
        json.WriteNumber("penalty", card.Adjustments.Penalty);
        json.WriteNumber("totalPoints", card.TotalPoints);
        json.WriteNumber("indexPercent", card.IndexPercent);
        json.WriteNumber("selfAssessedTotal", card.SelfAssessedTotal);
        json.WriteNumber("appraisedTotal", card.AppraisedTotal);
        json.WriteNumber("difference", card.Difference);
        json.WriteNumber("surveyTotal", card.SurveyTotal);
        WriteClass(json, card.Class);
        json.WriteStartArray("areas");
        foreach (var area in card.Areas)
        {
            WriteNode(json, area);
        }

        json.WriteEndArray();
        json.WriteStartArray("adjustments");
        foreach (var item in card.Adjustments.Items)
        {
            json.WriteStartObject();
            json.WriteString("code", item.Code);
            json.WriteString("title", item.Title);
            json.WriteString("direction", item.Direction == AdjustmentDirection.Bonus ? "bonus" : "penalty");
            json.WriteNumber("maxPoints", item.MaxPoints);
            json.WriteNumber("points", item.Points);
            json.WriteNumber("selfAssessedPoints", item.SelfAssessedPoints);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter json, NodeScore node)
    {
        json.WriteStartObject();
        json.WriteString("code", node.Code);
        json.WriteString("title", node.Title);
        json.WriteString("method", node.Method == AssessmentMethod.Survey ? "survey" : "selfAssessed");
        json.WriteNumber("points", node.Points);
        json.WriteNumber("maxPoints", node.MaxPoints);
        json.WriteNumber("applicableMaxPoints", node.ApplicableMaxPoints);
        if (node.ComponentIndex is { } index)
        {
            json.WriteNumber("componentIndex", index);
        }
        else
        {
            json.WriteNull("componentIndex");
        }

        json.WriteBoolean("notApplicable", node.IsNotApplicable);
        json.WriteNumber("selfAssessedPoints", node.SelfAssessedPoints);
        json.WriteNumber("appraisedPoints", node.AppraisedPoints);
        json.WriteNumber("difference", node.Difference);
        json.WriteNumber("surveyPoints", node.SurveyPoints);
        if (!node.Children.IsEmpty)
        {
            json.WriteStartArray("children");
            foreach (var child in node.Children)
            {
                WriteNode(json, child);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteRank(Utf8JsonWriter json, int? rank)
    {
        if (rank is { } r)
        {
            json.WriteNumber("rank", r);
        }
        else
        {
            json.WriteNull("rank");
        }
    }

    private static void WriteClass(Utf8JsonWriter json, ClassificationBand? band)
    {
        if (band is null)
        {
            json.WriteNull("class");
            return;
        }

        json.WriteStartObject("class");
        json.WriteString("code", band.Code);
        json.WriteString("label", band.Label);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, IEnumerable<ClassCount> counts)
    {
        json.WriteStartArray("classCounts");
        foreach (var count in counts)
        {
            json.WriteStartObject();
            json.WriteString("code", count.ClassCode);
            json.WriteString("label", count.Label);
            json.WriteNumber("count", count.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
