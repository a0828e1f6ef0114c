using System.CommandLine;
using Cchc.Cli.Documents;
using Cchc.Cli.Reports;
using Cchc.Cli.Shell;
using Cchc.Domain.Serialization;

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
            files, kind, format, lenient,
        };
        command.SetAction(parse => Execute(
            context,
            parse.GetValue(files) ?? [],
            parse.GetValue(kind),
            ReportFormats.Writer(parse.GetValue(format)),
            parse.GetValue(lenient) ? JsonReadOptions.Lenient : JsonReadOptions.Strict));
        return command;
    }

    private static int Execute(CliContext context, string[] files, string? kindName, IReportWriter writer, JsonReadOptions options)
    {
        var forced = kindName is null ? null : DocumentKinds.Find(kindName);
        if (forced is not null and not IReadableDocumentKind)
        {
            return NotSupported(context, forced.Name);
        }

        var reports = new List<FileReport>(files.Length);
        var usageError = false;
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
            if (kind is not IReadableDocumentKind readable)
            {
                NotSupported(context, kind.Name, input.Name);
                usageError = true;
                reports.Add(new FileReport(input.Name, kind.Name, false, [], $"{kind.Name} documents are not supported yet", $"chưa hỗ trợ tài liệu loại {kind.Name}"));
                continue;
            }

            reports.Add(DocumentValidation.Validate(input.Name, input.Bytes, readable, probe, options));
        }

        writer.Write(reports, context.Stdout, context.Language);
        if (usageError || reports.Exists(r => r.HasIoError))
        {
            return ExitCodes.UsageOrIoError;
        }

        return reports.TrueForAll(r => r.IsValid) ? ExitCodes.Success : ExitCodes.Invalid;
    }

    private static int NotSupported(CliContext context, string kind, string? file = null)
    {
        var prefix = file is null ? string.Empty : file + ": ";
        return context.Fail(
            $"{prefix}{kind} documents are not supported yet: this version of cchc reads plans only (--kind plan).",
            $"{prefix}chưa hỗ trợ tài liệu loại {kind}: phiên bản cchc này chỉ đọc kế hoạch (--kind plan).");
    }
}
