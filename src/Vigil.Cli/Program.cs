using Vigil.Cli;

return await VigilApp.RunAsync(args, CliEnvironment.FromConsole());
