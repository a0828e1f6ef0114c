using System.CommandLine;
using Cchc.Cli.Documents;
using Cchc.Cli.Reports;
using Cchc.Cli.Shell;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc validate &lt;file|-&gt;…</c>: reads and validates documents, reporting every diagnostic.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public Command Build(CliContext context, Option<string> languageOption)
    {
        var t = context.Language;
        var files = new Argument<string[]>("files")
        {
            Description = t.T("The JSON documents to validate; - reads standard input.", "Các tài liệu JSON cần kiểm tra; - đọc từ đầu vào chuẩn."),
            Arity = ArgumentArity.OneOrMore,
        };
        var kind = new Option<string?>("--kind")
        {
            Description = t.T(
                "The kind of document: plan, framework or assessment. Default: from $schema, else from the document's shape.",
                "Loại tài liệu: plan, framework hoặc assessment. Mặc định: theo $schema, nếu không thì theo cấu trúc tài liệu."),
        };
        kind.AcceptOnlyFromAmong([.. DocumentKinds.Names]);
        var framework = new Option<string?>("--framework")
        {
            Description = t.T(
                "A scoring framework (JSON) to check assessments against; without it assessments are checked for structure only.",
                "Bộ chỉ số (JSON) để đối chiếu các phiếu đánh giá; nếu không có thì chỉ kiểm tra cấu trúc phiếu đánh giá."),
        };
        var format = ReportFormats.Option(t);
        var lenient = new Option<bool>("--lenient")
        {
            Description = t.T(
                "Report unknown members as warnings instead of errors (documents from newer versions).",
                "Báo thành phần không xác định là cảnh báo thay vì lỗi (tài liệu của phiên bản mới hơn)."),
        };
        var command = new Command("validate", t.T(
            "Validate documents. Exit code 0: all valid (warnings allowed); 1: some invalid; 2: usage or I/O error.",
            "Kiểm tra tài liệu. Mã thoát 0: tất cả hợp lệ (cho phép cảnh báo); 1: có tài liệu không hợp lệ; 2: lỗi cú pháp lệnh hoặc lỗi đọc tệp."))
        {
            files, kind, framework, format, lenient,
        };
        command.SetAction(parse => Execute(
            context,
            parse.GetValue(files) ?? [],
            parse.GetValue(kind),
            parse.GetValue(framework),
            ReportFormats.Writer(parse.GetValue(format)),
            parse.GetValue(lenient) ? JsonReadOptions.Lenient : JsonReadOptions.Strict));
        return command;
    }

    private static int Execute(CliContext context, string[] files, string? kindName, string? frameworkPath, IReportWriter writer, JsonReadOptions options)
    {
        if (FileArguments.Check(context, frameworkPath is null ? files : [.. files, frameworkPath]) is { } usage)
        {
            return usage;
        }

        var forced = kindName is null ? null : DocumentKinds.Find(kindName);
        var reports = new List<FileReport>(files.Length + 1);
        var assessments = DocumentKinds.Assessment;
        if (frameworkPath is not null)
        {
            if (FrameworkInput.Load(context, frameworkPath, options) is not { } loaded)
            {
                return ExitCodes.UsageOrIoError;
            }

            if (!files.Contains(frameworkPath, StringComparer.Ordinal))
            {
                reports.Add(loaded.Report);
            }

            if (loaded.Framework is { } framework)
            {
                assessments = AssessmentDocumentKind.Against(framework);
            }
            else
            {
                context.Stderr.WriteLine("cchc: " + context.Language.T(
                    $"{loaded.Report.Name} is not a readable framework; assessments are checked for structure only.",
                    $"{loaded.Report.Name} không phải bộ chỉ số đọc được; các phiếu đánh giá chỉ được kiểm tra cấu trúc."));
            }
        }

        foreach (var file in files)
        {
            var input = InputDocument.Load(file, context.Stdin);
            if (input.Bytes is null)
            {
                context.Stderr.WriteLine("cchc: " + input.Error(context.Language));
                reports.Add(new FileReport(input.Name, null, false, [], input.ErrorEn, input.ErrorVi));
                continue;
            }

            var probe = DocumentProbe.Of(input.Bytes);
            var kind = forced ?? DocumentKinds.Detect(probe);
            if (ReferenceEquals(kind, DocumentKinds.Assessment))
            {
                kind = assessments;
            }

            reports.Add(DocumentValidation.Validate(input.Name, input.Bytes, kind, probe, options));
        }

        writer.Write(reports, writer is TextReportWriter ? context.Text : context.Stdout, context.Language);
        if (reports.Exists(r => r.HasIoError))
        {
            return ExitCodes.UsageOrIoError;
        }

        return reports.TrueForAll(r => r.IsValid) ? ExitCodes.Success : ExitCodes.Invalid;
    }
}
