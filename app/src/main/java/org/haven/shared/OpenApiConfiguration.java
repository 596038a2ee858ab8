package org.haven.shared;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies read or written as JSON trees are described as free-form objects in the OpenAPI document: their
 * shape is the form configuration in force, which the document cannot know. Without this the generator
 * tries to describe the tree classes themselves and logs a warning for each.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
  static {
    SpringDocUtils.getConfig()
        .replaceWithClass(ObjectNode.class, Object.class)
        .replaceWithClass(JsonNode.class, Object.class);
  }
}
