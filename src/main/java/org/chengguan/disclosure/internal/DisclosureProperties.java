package org.chengguan.disclosure.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's supervision contact (监督方式), shown for every community that has none of its own.
 *
 * @param supervisionPhone 监督电话: where to call about an officer's conduct
 * @param complaintMethod 投诉方式: how to complain, as one plain-text paragraph
 */
@ConfigurationProperties("chengguan.disclosure")
public record DisclosureProperties(@DefaultValue("12319") String supervisionPhone,
		@DefaultValue("拨打12319城管服务热线，或到社区城市管理工作站当面反映。") String complaintMethod) {
}
