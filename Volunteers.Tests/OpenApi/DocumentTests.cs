using System.Text.RegularExpressions;
using NSwag;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.OpenApi;

/// <summary>The served document itself: names, tags, security and info that a REST client or a generator reads.</summary>
public sealed class DocumentTests
{
    private static OpenApiDocument Document => ServedDocument.Instance.Document;

    private static IEnumerable<(string Route, OpenApiOperation Operation)> Operations =>
        Document.Paths.SelectMany(p => p.Value.Select(o => ($"{o.Key.ToUpperInvariant()} {p.Key}", o.Value)));

    [Test]
    public void Every_operation_has_a_short_unique_id_a_Chinese_summary_and_one_described_Chinese_tag()
    {
        var ids = Operations.Select(o => o.Operation.OperationId).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Matches(@"^[a-z][A-Za-z]{2,30}$"));
        Assert.That(Operations.Select(o => o.Operation.Summary), Has.All.Matches(@"^\p{IsCJKUnifiedIdeographs}"));
        Assert.That(Operations.Select(o => o.Operation.Description), Has.All.Matches(@"^[A-Z][a-z].*\.$"), "the English summary");
        Assert.That(Operations.Select(o => o.Operation.Tags.Count), Has.All.EqualTo(1));
        var described = Document.Tags.Where(t => Regex.IsMatch(t.Name, @"\p{IsCJKUnifiedIdeographs}") && t.Description.Length > 0).Select(t => t.Name);
        Assert.That(Operations.Select(o => o.Operation.Tags.Single()).Distinct(), Is.SubsetOf(described));
        Assert.That(ids, Does.Contain("createVolunteer").And.Contain("approveServiceRecord"));
    }

    [Test]
    public void Public_operations_say_security_is_empty_and_the_rest_name_the_opaque_token_or_the_card_key()
    {
        string[] open = ["GET /api/progress", "GET /api/district/progress", "GET /api/learning-points", "POST /api/registrations", "GET /api/registrations/consent",
            "GET /api/activities/open", "GET /api/verify/{code}"];
        foreach (var (route, operation) in Operations)
        {
            var schemes = operation.Security!.SelectMany(s => s.Keys).ToList();
            var expected = open.Contains(route) ? [] : route.Contains("/api/me") || route.StartsWith("POST /api/checkin/") ? new[] { "cardKey" } : ["token"];
            Assert.That(schemes, Is.EqualTo(expected), route);
        }
        Assert.That(Document.SecurityDefinitions.Keys, Is.EquivalentTo(new[] { "token", "cardKey" }));
        Assert.That(Document.SecurityDefinitions.Values.Select(s => s.BearerFormat), Has.None.EqualTo("JWT"));
        Assert.That(ServedDocument.Instance.Json, Does.Not.Contain("JWT"));
    }

    [Test]
    public void The_document_describes_itself_names_a_contact_and_the_licence_and_bakes_in_no_host()
    {
        Assert.That(Document.Info.Description, Does.Contain("扶欢镇").And.Contain("application/problem+json"));
        Assert.That(Document.Info.Contact?.Name, Does.Contain("社区教育办公室"));
        Assert.That(Document.Info.License?.Name, Is.EqualTo("MIT"));
        Assert.That(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../LICENSE")), Does.StartWith("MIT License"), "the licence the document names is the repository's");
        Assert.That(Document.Servers.Select(s => s.Url), Is.EqualTo(new[] { "/" }), "relative to wherever it was fetched from");
        Assert.That(ServedDocument.Instance.Json, Does.Not.Contain("localhost"));
    }

    [Test]
    public void Html_pages_stay_out_of_the_document()
    {
        Assert.That(Document.Paths.Keys, Has.All.StartsWith("/api/"));
        // A page is not an operation; an HTML file the API hands over to be pasted elsewhere (the WeChat briefing) is.
        var html = Operations.Where(o => o.Operation.Responses.Values.Any(r => r.Content.ContainsKey("text/html"))).Select(o => o.Route);
        Assert.That(html, Has.All.EndsWith(".html"));
    }

    [Test]
    public void Every_problem_status_is_declared_as_a_problem_with_its_errors()
    {
        var problems = Operations.SelectMany(o => o.Operation.Responses.Where(r => int.Parse(r.Key) >= 400)).ToList();
        Assert.That(problems.Select(p => p.Value.Content.Keys.Single()), Has.All.EqualTo("application/problem+json"));
        var schema = problems[0].Value.Content.Values.Single().Schema!.ActualSchema;
        Assert.That(schema.ActualProperties.Keys, Is.SupersetOf(new[] { "type", "title", "status", "detail", "errors" }));
        Assert.That(schema.ActualProperties["errors"].ActualSchema.Item!.ActualSchema.ActualProperties.Keys, Is.EquivalentTo(new[] { "name", "reason" }));
        var statuses = problems.Select(p => p.Key).Distinct();
        Assert.That(statuses, Is.SupersetOf(new[] { "400", "401", "403", "404", "409", "413", "415", "429", "503" }));
    }

    [Test]
    public void Files_are_binary_in_their_own_content_types()
    {
        var files = Operations.SelectMany(o => o.Operation.Responses.Values).SelectMany(r => r.Content)
            .Where(c => !c.Key.Contains("json")).ToList();
        Assert.That(files.Select(f => f.Key).Distinct(), Is.SupersetOf(new[] { "application/pdf", "text/csv", "text/calendar",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
        Assert.That(files.Select(f => f.Value.Schema!.Format), Has.All.EqualTo("binary"));
    }

    [Test]
    public void Enumerated_fields_list_their_values_with_Chinese_words_and_dates_have_formats()
    {
        var volunteer = Document.Components.Schemas.Single(s => s.Key == "VolunteerSummary").Value;
        Assert.That(volunteer.ActualProperties["status"].Enumeration, Is.EquivalentTo(new[] { "pending", "active", "suspended", "withdrawn" }));
        Assert.That(volunteer.ActualProperties["status"].Description, Does.Contain("pending：待审核"));
        Assert.That(volunteer.ActualProperties["source"].Enumeration, Is.EquivalentTo(new[] { "self", "coordinator", "import" }));
        Assert.That(volunteer.RequiredProperties, Does.Contain("volunteerNo").And.Contain("status"));
        var record = Document.Components.Schemas.Single(s => s.Key == "ServiceRecordResponse").Value;
        Assert.That(record.ActualProperties["source"].Enumeration, Does.Contain("check-in"));
        Assert.That(record.ActualProperties["serviceDate"].Format, Is.EqualTo("date"));
        var enums = Document.Components.Schemas.Values.SelectMany(s => s.ActualProperties.Values).Count(p => p.Enumeration.Count > 0);
        Assert.That(enums, Is.GreaterThan(20));
    }

    [Test]
    public void Commands_that_need_no_body_do_not_require_one_and_creates_answer_201_with_location()
    {
        foreach (var verb in new[] { "approve", "suspend", "withdraw" })
            Assert.That(Document.Paths[$"/api/volunteers/{{id}}/{verb}"]["post"].RequestBody!.IsRequired, Is.False, verb);
        var create = Document.Paths["/api/volunteers"]["post"];
        Assert.That(create.Responses.Keys, Does.Contain("201").And.Not.Contain("200"));
        Assert.That(create.Responses["201"].Headers.Keys, Does.Contain("Location"));
        Assert.That(create.RequestBody!.Content.Values.Single().Schema!.ActualSchema.RequiredProperties,
            Is.EquivalentTo(new[] { "name", "gender", "mobile", "category", "learningPointId" }));
    }
}
