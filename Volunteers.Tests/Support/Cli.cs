using System.Diagnostics;

namespace Volunteers.Tests.Support;

/// <summary>Runs the built service's command-line verbs as the operator would, in a process of their own.</summary>
public static class Cli
{
    public static async Task<(int Exit, string Output)> Run(string databasePath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetTempPath(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Volunteers.Api.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Volunteers__Database"] = databasePath;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{string.Join(' ', args)}` did not exit within 30 s: it must not start the web server");
        }
        return (process.ExitCode, await output + await error);
    }
}
