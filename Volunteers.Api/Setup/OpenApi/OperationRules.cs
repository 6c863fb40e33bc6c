using FastEndpoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using NJsonSchema;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Volunteers.Api.Setup.OpenApi;

/// <summary>
/// What every operation shares, applied after FastEndpoints has described it: id, summary and tag from
/// <see cref="Operations"/> and <see cref="Tags"/>, who may call it, the problems it can answer, and binary bodies for files.
/// </summary>
public sealed class OperationRules : IOperationProcessor
{
    public const string TokenScheme = "token", CardScheme = "cardKey";

    public bool Process(OperationProcessorContext context)
    {
        var description = (AspNetCoreOperationProcessorContext)context;
        var metadata = description.ApiDescription.ActionDescriptor.EndpointMetadata;
        var endpoint = metadata.OfType<EndpointDefinition>().Single();
        var operation = context.OperationDescription.Operation;
        var route = $"{context.OperationDescription.Method.ToUpperInvariant()} {context.OperationDescription.Path}";
        if (!Operations.ByRoute.TryGetValue(route, out var named))
            throw new InvalidOperationException($"{route} has no entry in {nameof(Operations)}.{nameof(Operations.ByRoute)}");
        operation.OperationId = named.Id;
        operation.Summary = named.Chinese;
        operation.Description = named.English + ".";
        operation.Tags = [Tags.ByArea[Tags.AreaOf(endpoint.EndpointType)].Name];

        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var card = metadata.OfType<IAuthorizeData>().Any(a => a.AuthenticationSchemes?.Contains(CardAuthentication.SchemeName) == true);
        operation.Security = anonymous ? null : [new OpenApiSecurityRequirement { [card ? CardScheme : TokenScheme] = [] }];
        // NSwag leaves an empty list out when it writes the document; "security: []" is what says "no token needed".
        if (anonymous) (operation.ExtensionData ??= new Dictionary<string, object?>())["security"] = Array.Empty<object>();

        foreach (var parameter in operation.Parameters.Where(p => p.Kind == OpenApiParameterKind.Query))
            parameter.IsRequired = false;

        var hasBody = operation.RequestBody is not null;
        if (operation.RequestBody?.Content.Values.FirstOrDefault()?.Schema?.ActualSchema is { } body && endpoint.ReqDtoType is { } dto)
        {
            SchemaRules.ForRequest(body, dto);
            // A command such as approve needs no body at all; an empty one is read as {}.
            operation.RequestBody.IsRequired = body.RequiredProperties.Count > 0;
        }
        var write = context.OperationDescription.Method is not "get";
        // A district administrator's ?townId= may be malformed (400), name no town (404) or be missing while the district
        // has several towns (400): any staff route.
        var staff = !anonymous && !card;
        Declare(operation, 400, hasBody || operation.Parameters.Count > 0 || staff);
        Declare(operation, 401, !anonymous);
        // An id in the path or in the body may name something absent or out of the caller's reach.
        Declare(operation, 404, hasBody || operation.Parameters.Any(p => p.Kind == OpenApiParameterKind.Path) || staff);
        // A write may meet a state that forbids it; so may a document (no proof before approval, no poster without times).
        Declare(operation, 409, write || IsFile(operation));
        Declare(operation, 413, hasBody);
        Declare(operation, 415, hasBody);
        Declare(operation, 429, metadata.OfType<EnableRateLimitingAttribute>().Any());
        Declare(operation, 503, true);

        if (metadata.OfType<AnswersCreated>().SingleOrDefault() is { } created && operation.Responses.Remove("200", out var ok))
        {
            operation.Responses["201"] = ok;
            if (created.AlsoOk) operation.Responses["200"] = new OpenApiResponse { Content = { ["application/json"] = ok.Content["application/json"] } };
        }
        var problem = new JsonSchema { Reference = ProblemSchema(context) };
        foreach (var (status, response) in operation.Responses)
        {
            if (int.Parse(status) < 400)
            {
                DescribeSuccess(status, response, metadata.OfType<AnswersCreated>().Any(c => c.Location));
                continue;
            }
            response.Description = Problems.TitleOf(int.Parse(status));
            response.Content.Clear();
            response.Content[Problems.MediaType] = new OpenApiMediaType { Schema = problem };
        }
        return true;
    }

    private static bool IsFile(OpenApiOperation operation) =>
        operation.Responses.Values.Any(r => r.Content.Keys.Any(type => !type.Contains("json")));

    private static void Declare(OpenApiOperation operation, int status, bool applies)
    {
        if (applies) operation.Responses.TryAdd(status.ToString(), new OpenApiResponse());
    }

    private static void DescribeSuccess(string status, OpenApiResponse response, bool setsLocation)
    {
        response.Description = status switch { "201" => "已创建 · Created", "204" => "完成，无内容 · No content", _ => "成功 · OK" };
        foreach (var file in response.Content.Keys.Where(type => !type.Contains("json")).ToList())
            response.Content[file] = new OpenApiMediaType { Schema = new JsonSchema { Type = JsonObjectType.String, Format = JsonFormatStrings.Binary } };
        if (status == "201" && setsLocation)
            response.Headers["Location"] = new OpenApiHeader
            {
                Description = "新建资源的地址 · The created resource's path",
                Schema = new JsonSchema { Type = JsonObjectType.String },
            };
    }

    private static JsonSchema ProblemSchema(OperationProcessorContext context) =>
        context.SchemaResolver.HasSchema(typeof(ProblemBody), false)
            ? context.SchemaResolver.GetSchema(typeof(ProblemBody), false)
            : context.SchemaGenerator.Generate(typeof(ProblemBody), context.SchemaResolver);
}
