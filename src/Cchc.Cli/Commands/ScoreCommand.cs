using System.CommandLine;
using Cchc.Cli.Documents;
using Cchc.Cli.Reports;
using Cchc.Cli.Scores;
using Cchc.Cli.Shell;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Cli.Commands;

/// <summary>
/// <c>cchc score &lt;framework.json&gt; &lt;assessment.json&gt;…</c>: a score card per assessment and a ranking table
/// per block. Problems with the inputs go to standard error in <c>validate</c>'s text format.
/// </summary>
internal sealed class ScoreCommand : ICliCommand
{
    public Command Build(CliContext context, Option<string> languageOption)
    {
        var t = context.Language;
        var framework = new Argument<string>("framework")
        {
            Description = t.T("The scoring framework (JSON).", "Bộ chỉ số (JSON)."),
        };
        var assessments = new Argument<string[]>("assessments")
        {
            Description = t.T("The assessments (JSON) to score; - reads one from standard input.", "Các phiếu đánh giá (JSON) cần chấm; - đọc một phiếu từ đầu vào chuẩn."),
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = t.T("Output format: text (default), json or csv (one row per unit).", "Định dạng kết quả: text (mặc định), json hoặc csv (mỗi đơn vị một dòng)."),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var workingDays = new Option<bool>("--working-days")
        {
            Description = t.T(
                "Count the grace days of timeliness criteria in working days (weekends, holidays and Tết skipped) instead of calendar days.",
                "Tính số ngày gia hạn của tiêu chí đúng hạn theo ngày làm việc (bỏ thứ Bảy, Chủ nhật, ngày lễ, Tết) thay vì ngày lịch."),
        };
        var command = new Command("score", t.T(
            "Score assessments on a framework: a score card per unit and a ranking table per block. Exit code 0: all inputs valid; 1: some invalid; 2: usage or I/O error.",
            "Chấm điểm các phiếu đánh giá theo bộ chỉ số: bảng điểm từng đơn vị và bảng xếp hạng theo khối. Mã thoát 0: mọi đầu vào hợp lệ; 1: có đầu vào không hợp lệ; 2: lỗi cú pháp lệnh hoặc lỗi đọc tệp."))
        {
            framework, assessments, format, workingDays,
        };
        command.SetAction(parse =>
        {
            IScoreRenderer renderer = parse.GetValue(format) switch
            {
                "json" => new JsonScoreRenderer(),
                "csv" => new CsvScoreRenderer(),
                _ => new TextScoreRenderer(),
            };
            var options = parse.GetValue(workingDays) ? new ScoringOptions { Calendar = WorkingDayGrace.Default } : ScoringOptions.Default;
            var files = parse.GetValue(assessments) ?? [];
            return FileArguments.Check(context, [parse.GetValue(framework)!, .. files])
                ?? Execute(context, parse.GetValue(framework)!, files, renderer, options);
        });
        return command;
    }

    private static int Execute(CliContext context, string frameworkPath, string[] files, IScoreRenderer renderer, ScoringOptions options)
    {
        var t = context.Language;
        if (FrameworkInput.Load(context, frameworkPath, JsonReadOptions.Strict) is not { } loaded)
        {
            return ExitCodes.UsageOrIoError;
        }

        var invalid = !loaded.Report.IsValid;
        if (invalid)
        {
            TextReportWriter.WriteFile(loaded.Report, context.Stderr, t);
        }

        if (loaded.Framework is not { } framework)
        {
            context.Stderr.WriteLine("cchc: " + t.T(
                $"{loaded.Report.Name} is not a readable framework; fix the errors above (cchc validate {frameworkPath}).",
                $"{loaded.Report.Name} không phải bộ chỉ số đọc được; hãy sửa các lỗi trên (cchc validate {frameworkPath})."));
            return ExitCodes.Invalid;
        }

        var ioError = false;
        var scored = new List<(string File, Assessment Assessment)>(files.Length);
        foreach (var file in files)
        {
            var input = InputDocument.Load(file, context.Stdin);
            if (input.Bytes is null)
            {
                context.Stderr.WriteLine("cchc: " + input.Error(t));
                ioError = true;
                continue;
            }

            var result = AssessmentJson.Read(input.Bytes);
            var diagnostics = result.Value is { } read ? [.. result.Diagnostics, .. new AssessmentValidator(framework).Diagnose(read)] : result.Diagnostics.ToList();
            var report = DocumentValidation.Report(input.Name, DocumentKinds.Assessment.Name, input.Bytes, new DocumentVerdict(result.Value is not null && !diagnostics.Exists(d => d.IsError), diagnostics));
            if (!report.IsValid)
            {
                invalid = true;
                TextReportWriter.WriteFile(report, context.Stderr, t);
            }

            if (result.Value is { } assessment)
            {
                scored.Add((input.Name, assessment));
            }
        }

        if (scored.Count > 0)
        {
            renderer.Render(ScoreReport.Of(loaded.Report.Name, framework, scored, options), renderer is TextScoreRenderer ? context.Text : context.Stdout, t);
        }
        else if (!ioError)
        {
            context.Stderr.WriteLine("cchc: " + t.T("no assessment could be read; nothing to score.", "không đọc được phiếu đánh giá nào; không có gì để chấm."));
        }

        return ioError ? ExitCodes.UsageOrIoError : invalid ? ExitCodes.Invalid : ExitCodes.Success;
    }
}
