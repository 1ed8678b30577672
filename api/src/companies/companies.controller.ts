import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Company } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { CurrentActor, type Actor } from '../common/actor';
import { contentRange, type RawListQuery } from '../common/list-query';
import { CompaniesService } from './companies.service';
import { CreateCompanyDto, UpdateCompanyDto } from './dto/company-input.dto';

@ApiTags('Back office: companies')
@ApiBearerAuth()
@Controller('admin/companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @ApiOperation({ summary: 'Companies with their breach figures (simple-rest list; filter {q, sector, id}; sort by any field)' })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Company[]> {
    const { companies, total, offset } = await this.companies.list(query);
    reply.header('Content-Range', contentRange('companies', offset, companies.length, total));
    return companies;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One company' })
  get(@Param('id') id: string): Promise<Company> {
    return this.companies.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Register a company (BIN valid and unique, else 400 or 409)' })
  create(@Body() body: CreateCompanyDto, @CurrentActor() actor: Actor): Promise<Company> {
    return this.companies.create(body, actor);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Edit a company: send back the version read (409 when stale); read-only fields are ignored' })
  update(@Param('id') id: string, @Body() body: UpdateCompanyDto, @CurrentActor() actor: Actor): Promise<Company> {
    return this.companies.update(id, body, actor);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a company with no breaches (409 otherwise); returns it as it was' })
  delete(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<Company> {
    return this.companies.delete(id, actor);
  }
}
