using System.Net;
using System.Text;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.OpenApi;

/// <summary>The check itself: an answer the document does not declare is reported, one it declares is not.</summary>
public sealed class ConformanceCheckTests
{
    private static IReadOnlyList<string> Check(string method, string path, HttpStatusCode status, string? type = null, string? body = null,
        string? location = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body ?? "", Encoding.UTF8) };
        response.Content.Headers.ContentType = type is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type);
        if (location is not null) response.Headers.Location = new Uri(location, UriKind.Relative);
        var document = ServedDocument.Instance;
        var operation = document.Find(new HttpMethod(method), path)!.Value.Operation!;
        return document.Violations(operation, response, type?.Contains("json") == true ? body : null).ToList();
    }

    private const string Problem = """{"type":"t","title":"未找到","status":404,"detail":"志愿者不存在","instance":"/api/volunteers/9","traceId":"x"}""";

    [Test]
    public void A_declared_answer_passes()
    {
        Assert.That(Check("GET", "/api/volunteers/9", HttpStatusCode.NotFound, "application/problem+json; charset=utf-8", Problem), Is.Empty);
        Assert.That(Check("GET", "/api/volunteers/9/service-proof.pdf", HttpStatusCode.OK, "application/pdf", "%PDF"), Is.Empty);
    }

    [Test]
    public void An_undeclared_status_a_wrong_content_type_a_missing_header_or_charset_and_a_body_off_its_schema_are_reported()
    {
        Assert.That(Check("POST", "/api/volunteers", HttpStatusCode.OK, "application/json", "{}"), Has.One.Contains("answered 200, which it does not declare"));
        Assert.That(Check("GET", "/api/volunteers/9/service-proof.pdf", HttpStatusCode.OK, "text/html", "<p>"), Has.One.Contains("as text/html"));
        Assert.That(Check("GET", "/api/volunteers/9", HttpStatusCode.NotFound, "application/problem+json", Problem), Has.One.Contains("charset=utf-8"));
        Assert.That(Check("POST", "/api/volunteers", HttpStatusCode.Created, "application/json", """{"id":1}""", location: "/api/volunteers/1"),
            Has.Some.Contains("schema refuses"));
        Assert.That(Check("GET", "/api/volunteers/9", HttpStatusCode.NotFound, "application/problem+json; charset=utf-8", """{"status":"404"}"""),
            Has.Some.Contains("schema refuses"));
        var created = Check("POST", "/api/volunteers", HttpStatusCode.Created, "application/json", "{}");
        Assert.That(created, Has.Some.Contains("without the Location header"));
    }

    [Test]
    public void Request_bodies_from_the_README_fit_their_schemas_and_an_unknown_field_does_not()
    {
        var schemas = ServedDocument.Instance.Document.Components.Schemas;
        string[] valid =
        [
            """{"name":"李秀英","gender":"female","mobile":"13912345678","idNumber":"500110198003150024","category":"teacher","workplace":"扶欢镇中心小学","skills":["书法"],"learningPointId":1}""",
        ];
        Assert.That(schemas["VolunteersCreateRequest"].Validate(valid[0], NJsonSchema.SchemaType.OpenApi3), Is.Empty);
        Assert.That(schemas["LearningPointsCreateRequest"].Validate("""{"code":"XL","name":"新连村","kind":"village","residentPopulation":2400}""",
            NJsonSchema.SchemaType.OpenApi3), Is.Empty);
        Assert.That(schemas["ActivitiesCreateRequest"].Validate("""{"title":"家庭教育讲座","type":"lecture","learningPointId":1,"date":"2026-11-20","location":"村委会"}""",
            NJsonSchema.SchemaType.OpenApi3), Is.Empty);
        Assert.That(schemas["VolunteersCreateRequest"].Validate("""{"name":"李秀英","gender":"female","mobile":"13912345678","category":"teacher","learningPointId":1,"nickname":"x"}""",
            NJsonSchema.SchemaType.OpenApi3), Is.Not.Empty, "the service refuses a field it does not know, and so does the schema");
    }
}
