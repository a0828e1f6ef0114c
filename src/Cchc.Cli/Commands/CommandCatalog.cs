namespace Cchc.Cli.Commands;

/// <summary>
/// Every command of the tool, in the order of the help. Adding a command (calendar, holidays, lunar,
/// workdays…) is one class implementing <see cref="ICliCommand"/> and one line here.
/// </summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new ValidateCommand(),
        new ScoreCommand(),
        new MatrixCommand(),
        new CalendarCommand(),
        new HolidaysCommand(),
        new LunarCommand(),
        new WorkdaysCommand(),
        new SchemaCommand(),
        new DemoCommand(),
    ];
}
