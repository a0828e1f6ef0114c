using System.CommandLine;
using Cchc.Cli.Demo;
using Cchc.Cli.Shell;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc demo</c> (and <c>cchc</c> alone): reads, validates and prints every embedded sample plan.</summary>
internal sealed class DemoCommand : ICliCommand
{
    public Command Build(CliContext context, Option<string> languageOption)
    {
        var t = context.Language;
        var command = new Command("demo", t.T(
            "Read, validate and print the sample plans built into the tool (the default with no command).",
            "Đọc, kiểm tra và in các kế hoạch mẫu có sẵn trong công cụ (mặc định khi không có lệnh)."));
        command.SetAction(_ => Execute(context));
        return command;
    }

    public static int Execute(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var printer = new PlanPrinter(context.Text, context.Language);
        var exitCode = ExitCodes.Success;
        foreach (var (name, bytes) in DemoSamples.All())
        {
            var result = PlanJson.Read(bytes);
            if (result.Plan is { } plan)
            {
                printer.Print(name, plan, result.Diagnostics);
            }
            else
            {
                context.Text.WriteLine($"== {name}: " + context.Language.T("not readable", "không đọc được"));
                foreach (var diagnostic in result.Errors)
                {
                    context.Text.WriteLine($"   {diagnostic.Code} [{diagnostic.Path}] {diagnostic.GetMessage(context.Language.Culture)}");
                }
            }

            if (!result.IsValid)
            {
                exitCode = ExitCodes.Invalid;
            }
        }

        return exitCode;
    }
}
