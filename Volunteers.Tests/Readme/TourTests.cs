using System.Diagnostics;
using System.Text.RegularExpressions;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Readme;

/// <summary>
/// The README's five-minute tour, run as written, in order, with curl and bash, against the built service on a fresh
/// database: only the tokens a reader copies from the answers and the port are filled in.
/// </summary>
public sealed partial class TourTests
{
    [Test]
    public async Task Every_command_of_the_coordinator_tour_works_as_written_on_a_fresh_database()
    {
        var folder = Directory.CreateTempSubdirectory("volunteers-tour-").FullName;
        try
        {
            using var service = await ServiceProcess.Start(Path.Combine(folder, "volunteers.db"), ServiceProcess.NewDataKey(),
                new Dictionary<string, string> { ["Volunteers__Selection__PublicBaseUrl"] = "https://fuhuan.example.cn" });
            var blocks = ShellBlocks(Section(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")), "## A five-minute tour for a coordinator"));
            Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(3));
            var tokens = $"ADMIN='{TestHost.AdminToken}'\n";
            var outputs = new List<string>();
            foreach (var block in blocks)
            {
                var script = block.Replace("ADMIN=vol_...", "").Replace("T=vol_...", "")
                    .Replace("localhost:5080", service.Address.Authority).Replace("curl -s ", "curl -sS --fail-with-body ");
                var output = Bash(folder, tokens + script);
                outputs.Add(output);
                if (TokenInAnswer().Match(output) is { Success: true } issued) tokens += $"T='{issued.Groups[1].Value}'\n";
            }
            Assert.That(tokens, Does.Contain("T='vol_"), "the account's answer carries the coordinator's token");
            Assert.That(string.Concat(outputs), Does.Contain("李秀英").And.Contain("张建国"));
            Assert.That(File.ReadAllBytes(Path.Combine(folder, "proof.pdf"))[..4], Is.EqualTo("%PDF"u8.ToArray()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Bash(string folder, string script)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var bash = Process.Start(start)!;
        bash.StandardInput.Write("set -euo pipefail\n" + script);
        bash.StandardInput.Close();
        var output = bash.StandardOutput.ReadToEndAsync();
        var errors = bash.StandardError.ReadToEndAsync();
        bash.WaitForExit();
        Assert.That(bash.ExitCode, Is.Zero, $"a command failed:\n{script}\n--- output\n{output.Result}\n--- errors\n{errors.Result}");
        return output.Result;
    }

    private static string Section(string readme, string heading)
    {
        var start = readme.IndexOf(heading, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        var end = readme.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    }

    private static List<string> ShellBlocks(string markdown) => ShellBlock().Matches(markdown).Select(m => m.Groups[1].Value).ToList();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && File.Exists(Path.Combine(dir.FullName, "Volunteers.sln"))) return dir.FullName;
        throw new InvalidOperationException("README.md not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex("\"token\":\"(vol_[^\"]+)\"")]
    private static partial Regex TokenInAnswer();
}
