# Build stage: the same Maven build as on a workstation; tests run in CI, not in the image build.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY mappings mappings
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app nieuwszoeker
WORKDIR /app
COPY --from=build /src/target/nieuwszoeker.jar /app/nieuwszoeker.jar
# Beside the jar, not inside it: the embedded node (used when ES_URLS is unset) installs them from here.
COPY --from=build /src/target/es-plugins/*.zip /app/es-plugins/
COPY seeds /app/seeds
USER nieuwszoeker
ENV NZ_SEEDS=/app/seeds \
    NZ_PORT=7070
EXPOSE 7070
ENTRYPOINT ["java", "-jar", "/app/nieuwszoeker.jar"]
CMD ["serve"]
