using System.CommandLine;
using Cchc.Cli.Documents;
using Cchc.Cli.Matrix;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc matrix &lt;plan.json&gt;</c>: who leads and supports each area and task, and what has no lead.</summary>
internal sealed class MatrixCommand : ICliCommand
{
    public Command Build(CliContext context, Option<string> languageOption)
    {
        var t = context.Language;
        var file = new Argument<string>("plan")
        {
            Description = t.T("The plan (JSON); - reads standard input.", "Kế hoạch (JSON); - đọc từ đầu vào chuẩn."),
        };
        var format = new Option<string>("--format")
        {
            Description = t.T("Output format: text (default), md (Markdown) or csv.", "Định dạng kết quả: text (mặc định), md (Markdown) hoặc csv."),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "md", "csv");
        var command = new Command("matrix", t.T(
            "Print the responsibility matrix of a plan: units × areas and units × tasks (L = lead, S = support), and the areas and tasks with no lead.",
            "In ma trận trách nhiệm của kế hoạch: đơn vị × nội dung và đơn vị × nhiệm vụ (L = chủ trì, S = phối hợp), cùng các nội dung, nhiệm vụ chưa có đơn vị chủ trì."))
        {
            file, format,
        };
        command.SetAction(parse =>
        {
            var plan = PlanInput.Load(context, parse.GetValue(file)!, out var exitCode);
            if (plan is null)
            {
                return exitCode;
            }

            IMatrixRenderer renderer = parse.GetValue(format) switch
            {
                "md" => new MarkdownMatrixRenderer(),
                "csv" => new CsvMatrixRenderer(),
                _ => new TextMatrixRenderer(),
            };
            renderer.Render(new PlanMatrix(plan, t), renderer is CsvMatrixRenderer ? context.Stdout : context.Text, t);
            return exitCode;
        });
        return command;
    }
}
