package org.chengguan.open311.internal;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Open311 endpoint's settings ({@code chengguan.open311}).
 *
 * @param jurisdictionId the city's jurisdiction_id (by the spec's advice its web domain without www); a request
 *        naming another is a 404
 * @param zone the zone every date-time is written in, with its offset (+08:00 for China)
 * @param requestsPerMinute the POST rate limit of a newly issued api_key unless the administrator sets one
 * @param changeset when the service list or definitions last changed (discovery's changeset)
 * @param endpointType production or test (discovery)
 * @param contact how to reach the people behind the endpoint (discovery)
 * @param keyService how to get an api_key (discovery)
 */
@ConfigurationProperties("chengguan.open311")
public record Open311Properties(@DefaultValue("huaibei.gov.cn") String jurisdictionId,
		@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("60") int requestsPerMinute,
		@DefaultValue("2026-11-26T00:00:00+08:00") String changeset, @DefaultValue("production") String endpointType,
		@DefaultValue("淮北市数字化城市管理指挥中心 12319") String contact,
		@DefaultValue("api_key 由平台管理员签发（POST /api/v1/open311/clients）") String keyService) {
}
