using FastEndpoints.Swagger;
using NJsonSchema.Generation;
using NSwag;

namespace Volunteers.Api.Setup.OpenApi;

/// <summary>The served OpenAPI document (<c>/swagger/v1/swagger.json</c>): part of the contract, so a client generated from it works.</summary>
public static class DocumentSetup
{
    public const string Path = "/swagger/v1/swagger.json";

    public static IServiceCollection AddVolunteersOpenApi(this IServiceCollection services) => services.SwaggerDocument(o =>
    {
        o.ShortSchemaNames = false;
        o.FlattenSchema = true;
        o.RemoveEmptyRequestSchema = true;
        o.AutoTagPathSegmentIndex = 0;
        o.EnableJWTBearerAuth = false;
        o.DocumentSettings = s =>
        {
            s.Title = "Volunteers 社区教育志愿者 API";
            s.Version = "v1";
            s.SchemaSettings.DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull;
            s.SchemaSettings.SchemaNameGenerator = new SchemaNames();
            s.SchemaSettings.SchemaProcessors.Add(new SchemaRules());
            s.OperationProcessors.Add(new OperationRules());
            s.PostProcess = Describe;
        };
    });

    /// <summary>Schemas no operation refers to (a route-only request, the Stream behind a file) would only clutter a generated client.</summary>
    private static void RemoveUnused(OpenApiDocument document)
    {
        while (true)
        {
            var json = document.ToJson();
            var unused = document.Components.Schemas.Keys.Where(name => !json.Contains($"\"#/components/schemas/{name}\"", StringComparison.Ordinal)).ToList();
            if (unused.Count == 0) return;
            foreach (var name in unused) document.Components.Schemas.Remove(name);
        }
    }

    /// <summary>
    /// The one server is "/", wherever the document was fetched from: NSwag would otherwise name the asking host, and a
    /// document fetched through a proxy, a tunnel or a test host would send clients there instead of to the service.
    /// </summary>
    public static void UseVolunteersOpenApi(this WebApplication app) => app.UseSwaggerGen(serve => serve.PostProcess = (document, _) =>
    {
        document.Servers.Clear();
        document.Servers.Add(new OpenApiServer { Url = "/", Description = "提供本文档的同一地址 · The address this document is served from" });
    });

    private static void Describe(OpenApiDocument document)
    {
        document.Info.Description = """
            镇（街道）社区教育志愿者的登记与激励服务（始于重庆市綦江区扶欢镇）：学习点与目标人数（常住人口的 1%）、志愿者登记、服务时长与审核、
            星级与积分、年度评选与表彰、证书与证明（PDF）、导出与导入。错误一律为 RFC 9457 问题详情（application/problem+json），
            默认中文，`Accept-Language: en` 时为英文；校验错误在 `errors[].name` 中指明字段。
            一个区（县）可有多个镇（街道）：区管理员（district-admin）在任一需令牌的地址后加 `?townId=` 即只在该镇内列出与新建；
            镇管理员与学习点联络员始终只在本镇。


            The registry and incentive tracking of a town's (or a district's towns') community-education volunteers, first
            built for Fuhuan town, Qijiang district. Errors are RFC 9457
            problems in Chinese (English with `Accept-Language: en`); validation errors name each field in `errors[].name`.
            A district administrator adds `?townId=` to any route that needs a token to list and create within one town;
            a town's administrators and coordinators always work in their own town.
            """;
        document.Info.Contact = new OpenApiContact { Name = "社区教育办公室（the community-education office）" };
        document.Info.License = new OpenApiLicense { Name = "MIT", Url = "https://opensource.org/licenses/MIT" };
        document.SecurityDefinitions[OperationRules.TokenScheme] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "opaque",
            Description = "工作人员的访问令牌（vol_…）：不透明的随机串，签发时仅显示一次，可吊销。Staff token (vol_…), opaque, shown once.",
        };
        document.SecurityDefinitions[OperationRules.CardScheme] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "card key",
            Description = "志愿者证的密钥（card_…），即志愿者证链接 /c/card_… 中的部分；只能访问 /api/me… 与扫码签到。The personal card key.",
        };
        document.Tags = Tags.ByArea.Values.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }).ToList();
        RemoveUnused(document);
    }
}
