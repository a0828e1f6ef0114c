using System.Text;
using Cchc.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CchcApp.Run(args, Console.OpenStandardInput(), Console.Out, Console.Error);
