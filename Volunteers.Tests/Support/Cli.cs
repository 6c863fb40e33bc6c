using System.Diagnostics;

namespace Volunteers.Tests.Support;

/// <summary>Runs the built service's command-line verbs as the operator would, in a process of their own.</summary>
public static class Cli
{
    public static Task<(int Exit, string Output)> Run(string databasePath, params string[] args) =>
        Run(new Dictionary<string, string?> { ["Volunteers:Database"] = databasePath }, args);

    /// <summary>With the settings of <paramref name="host"/>'s database (its engine, connection and data key), as environment variables.</summary>
    public static Task<(int Exit, string Output)> Against(TestHost host, params string[] args) => Run(host.Settings, args);

    private static async Task<(int Exit, string Output)> Run(IReadOnlyDictionary<string, string?> settings, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetTempPath(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Volunteers.Api.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{string.Join(' ', args)}` did not exit within 120 s: it must not start the web server");
        }
        return (process.ExitCode, await output + await error);
    }
}
